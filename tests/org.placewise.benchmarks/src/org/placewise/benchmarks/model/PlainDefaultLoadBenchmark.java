package org.placewise.benchmarks.model;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

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
import org.placewise.benchmarks.BenchmarkModels;
import org.placewise.generator.Scale;
import org.placewise.model.core.PlacewiseModel;

/**
 * The literal baseline: plain {@code ResourceSetImpl} + {@code XMIResourceFactoryImpl}
 * with default options, on the same file. Without an id index EMF finds each referenced id by
 * walking the whole resource, so this load is quadratic: it is only run at place scale (region
 * already takes tens of seconds; england would take many minutes). The Placewise load is run in
 * the same trial so the ratio is measured, not mixed across runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx4g" })
public class PlainDefaultLoadBenchmark {

    @Param({ "place" })
    String scale;

    private Scale size;

    /** Makes sure the model file exists before anything is timed. */
    @Setup(Level.Trial)
    public void prepare() {
        size = Scale.valueOf(scale.toUpperCase(java.util.Locale.ROOT));
        BenchmarkModels.xmi(size);
    }

    /** @return the model opened by ModelFiles */
    @Benchmark
    public PlacewiseModel placewiseLoad() {
        return BenchmarkModels.loadPlacewise(size);
    }

    /** @return the same file opened by plain EMF with default options: the baseline */
    @Benchmark
    public Resource baselinePlainDefaultLoad() throws IOException {
        return BenchmarkModels.loadPlainXmi(BenchmarkModels.xmi(size), false);
    }
}
