package org.placewise.benchmarks.diagram;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.placewise.benchmarks.BenchmarkModels;
import org.placewise.diagram.kinds.DiagramKind;
import org.placewise.diagram.kinds.DiagramOptions;
import org.placewise.diagram.kinds.PlacewiseDiagrams;
import org.placewise.diagram.layout.LaidOutScene;
import org.placewise.diagram.scene.Scene;
import org.placewise.generator.Scale;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.measures.Measure;
import org.placewise.outcomes.MeasureSpc;
import org.placewise.spc.SpcInputException;

/**
 * The outcomes diagram, whose outcomes and programmes show their status rolled up from their measures, against the
 * baseline of analysing every measure of the model once, measured in the same run. The scene makes one roll-up, so
 * each measure drawn is analysed once however many outcomes and programmes it is behind: the scene should cost about
 * one analysis per measure (a ratio near 1), not one per outcome above it. The layout is ELK's cost on top.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx4g", "-Djava.awt.headless=true" })
public class OutcomesDiagramBenchmark {

    @Param({ "place", "region" })
    String scale;

    private PlacewiseModel model;

    /** Loads the generated model. */
    @Setup(Level.Trial)
    public void prepare() {
        model = BenchmarkModels.loadPlacewise(Scale.valueOf(scale.toUpperCase(Locale.ROOT)));
    }

    /** @return the points analysed: every measure of the model analysed once, the baseline */
    @Benchmark
    public int baselineAnalyseEveryMeasure() {
        int points = 0;
        for (Measure measure : model.getMeasures()) {
            try {
                points += MeasureSpc.analyse(measure).result().points().size();
            } catch (SpcInputException e) {
                points--;
            }
        }
        return points;
    }

    /** @return the outcomes diagram's scene, statuses rolled up */
    @Benchmark
    public Scene outcomesScene() {
        return PlacewiseDiagrams.scene(DiagramKind.OUTCOMES, model, DiagramOptions.defaults());
    }

    /** @return the outcomes diagram's scene laid out */
    @Benchmark
    public LaidOutScene outcomesSceneAndLayout() {
        return PlacewiseDiagrams.layout(DiagramKind.OUTCOMES,
                PlacewiseDiagrams.scene(DiagramKind.OUTCOMES, model, DiagramOptions.defaults()));
    }
}
