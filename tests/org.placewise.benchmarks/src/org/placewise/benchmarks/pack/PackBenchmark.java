package org.placewise.benchmarks.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.placewise.checks.CheckCatalogue;
import org.placewise.checks.CheckProfile;
import org.placewise.checks.Checker;
import org.placewise.checks.Finding;
import org.placewise.generator.EnglandModelGenerator;
import org.placewise.generator.Scale;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.report.LeadersPack;
import org.placewise.report.PackDiagrams;
import org.placewise.report.PackPlan;

/**
 * Leaders' pack generation at each scale: planning the pack and writing every page, SPC chart and
 * findings record, against the baseline of the full check run whose findings the pack reports (what
 * {@code placewise report} does before writing anything), measured in the same run. The ratio is
 * what the pack costs on top of the checks. The pack's diagrams are left out
 * ({@link PackDiagrams#NONE}): their layout is measured by {@code DiagramLayoutBenchmark}.
 *
 * <p>Single shots: an England pack writes thousands of files, so each measurement is one pack.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = { "-Xms2g", "-Xmx4g", "-Djava.awt.headless=true" })
public class PackBenchmark {

    @Param({ "place", "region", "england" })
    String scale;

    private PlacewiseModel model;
    private Checker checker;
    private List<Finding> findings;
    private Path folder;

    /** Loads the model and checks it once; the pack is written into a fresh folder. */
    @Setup(Level.Trial)
    public void prepare() throws IOException {
        model = BenchmarkModels.loadPlacewise(Scale.valueOf(scale.toUpperCase(Locale.ROOT)));
        checker = new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, EnglandModelGenerator.REFERENCE_DATE);
        findings = checker.check(model);
        folder = Files.createTempDirectory("placewise-pack-" + scale);
    }

    /** @return the findings of a full check run: the baseline every pack pays first */
    @Benchmark
    public List<Finding> baselineCheck() {
        return checker.check(model);
    }

    /** @return the files of the pack, planned and written from the findings */
    @Benchmark
    public List<Path> planAndWritePack() {
        try {
            return new LeadersPack(PackPlan.of(model, EnglandModelGenerator.REFERENCE_DATE, null, findings),
                    PackDiagrams.NONE).write(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
