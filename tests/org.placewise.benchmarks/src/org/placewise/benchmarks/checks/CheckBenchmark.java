package org.placewise.benchmarks.checks;

import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
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
import org.openjdk.jmh.infra.Blackhole;
import org.placewise.benchmarks.BenchmarkModels;
import org.placewise.checks.CheckCatalogue;
import org.placewise.checks.CheckProfile;
import org.placewise.checks.Checker;
import org.placewise.checks.Finding;
import org.placewise.generator.EnglandModelGenerator;
import org.placewise.generator.Scale;

/**
 * A full check run (every rule of the Placewise catalogue on every object) at each scale,
 * against the baseline of a bare {@code eAllContents()} walk over the same model: the ratio is
 * what the rules themselves cost on top of visiting every object once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xms2g", "-Xmx4g" })
public class CheckBenchmark {

    @Param({ "place", "region", "england" })
    String scale;

    private Resource resource;
    private Checker checker;

    /** Loads the model once; the checks use the generator's reference date so results are stable. */
    @Setup(Level.Trial)
    public void prepare() {
        resource = BenchmarkModels.loadPlacewise(Scale.valueOf(scale.toUpperCase(java.util.Locale.ROOT))).eResource();
        checker = new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, EnglandModelGenerator.REFERENCE_DATE);
    }

    /** @return the findings of a full check run */
    @Benchmark
    public List<Finding> fullCheck() {
        return checker.check(resource);
    }

    /** Visits every object once and does nothing else: the baseline. */
    @Benchmark
    public void baselineTraversal(Blackhole blackhole) {
        for (Iterator<EObject> all = resource.getAllContents(); all.hasNext();) {
            blackhole.consume(all.next());
        }
    }
}
