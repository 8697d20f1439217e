package org.placewise.benchmarks.model;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.placewise.benchmarks.BenchmarkModels;
import org.placewise.generator.Scale;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.store.ModelFileException;
import org.placewise.store.ModelFiles;

/**
 * Saving the england model: {@code ModelFiles.save} (in-memory serialisation, temporary file,
 * fsync, backup, atomic rename) against plain EMF XMI {@code resource.save} with default options
 * to a file, and EMF's binary resource. Each writes to its own file in a temporary folder.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 4)
@Fork(value = 1, jvmArgsAppend = { "-Xms2g", "-Xmx4g" })
public class SaveBenchmark {

    @Param({ "england" })
    String scale;

    private Path folder;
    private PlacewiseModel model;
    private Resource plain;
    private Resource binary;

    /** Loads the model three ways once; only saving is timed. */
    @Setup(Level.Trial)
    public void prepare() throws IOException {
        Scale size = Scale.valueOf(scale.toUpperCase(java.util.Locale.ROOT));
        folder = Files.createTempDirectory("placewise-save-benchmark");
        model = BenchmarkModels.loadPlacewise(size);
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
        plain = resourceSet.createResource(URI.createFileURI(folder.resolve("plain.xmi").toString()));
        plain.getContents().add(EcoreUtil.copy(model));
        binary = BenchmarkModels.newBinaryResource();
        binary.getContents().add(EcoreUtil.copy(model));
    }

    /** Removes the files written. */
    @TearDown(Level.Trial)
    public void cleanUp() throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(folder);
    }

    /** Saves with ModelFiles: atomic, durable, with a backup. */
    @Benchmark
    public void placewiseSave() throws ModelFileException {
        new ModelFiles().save(model, folder.resolve("placewise.placewise"));
    }

    /** Saves with plain EMF XMI and default options: the baseline. */
    @Benchmark
    public void baselinePlainXmiSave() throws IOException {
        try (OutputStream out = Files.newOutputStream(folder.resolve("plain.xmi"))) {
            plain.save(out, Map.of());
        }
    }

    /** Saves as an EMF binary resource. */
    @Benchmark
    public void binarySave() throws IOException {
        try (OutputStream out = Files.newOutputStream(folder.resolve("model.bin"))) {
            binary.save(out, Map.of());
        }
    }
}
