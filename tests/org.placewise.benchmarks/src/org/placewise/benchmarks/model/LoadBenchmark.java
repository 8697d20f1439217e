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
 * Opening a model file at each scale, the Placewise way ({@code ModelFiles.load}: safe parser,
 * id index, broken-reference and duplicate-id checks) against the baseline: plain EMF XMI tuned
 * as any EMF user can (intrinsic id index, id references resolved at the end of loading). Plain
 * EMF with default options is measured separately ({@link PlainDefaultLoadBenchmark}) because it
 * is quadratic on id-referencing files. EMF's binary
 * resource is measured as the fast alternative format. Single-shot: one open per iteration, as a
 * user opens a file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 4)
@Fork(value = 1, jvmArgsAppend = { "-Xms2g", "-Xmx4g" })
public class LoadBenchmark {

    @Param({ "place", "region", "england" })
    String scale;

    private Scale size;

    /** Makes sure the model files exist before anything is timed. */
    @Setup(Level.Trial)
    public void prepare() {
        size = Scale.valueOf(scale.toUpperCase(java.util.Locale.ROOT));
        BenchmarkModels.xmi(size);
        BenchmarkModels.binary(size);
    }

    /** @return the model opened by ModelFiles */
    @Benchmark
    public PlacewiseModel placewiseLoad() {
        return BenchmarkModels.loadPlacewise(size);
    }

    /** @return the same file opened by tuned plain EMF XMI: the baseline */
    @Benchmark
    public Resource baselinePlainXmiLoad() throws IOException {
        return BenchmarkModels.loadPlainXmi(BenchmarkModels.xmi(size), true);
    }

    /** @return the same model opened from an EMF binary resource */
    @Benchmark
    public Resource binaryLoad() throws IOException {
        return BenchmarkModels.loadBinary(BenchmarkModels.binary(size));
    }
}
