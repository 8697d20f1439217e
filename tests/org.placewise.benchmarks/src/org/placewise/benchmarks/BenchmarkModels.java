package org.placewise.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.placewise.generator.EnglandModelGenerator;
import org.placewise.generator.GeneratedModel;
import org.placewise.generator.Scale;
import org.placewise.model.core.CorePackage;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.store.ModelFileException;
import org.placewise.store.ModelFiles;

/**
 * The generated models every benchmark works on, one file per scale, made once per run and shared
 * by all forks: {@code <dir>/<scale>.placewise} (XMI, as Placewise saves it), {@code <scale>.bin}
 * (the same model as an EMF binary resource) and {@code <scale>.objects} (its object count, for
 * the scaling table). The folder is {@code placewise.benchmarks.models} (default
 * {@code target/benchmark-models}); benchmark.sh empties it first so the files always match the
 * current generator.
 */
public final class BenchmarkModels {

    /** The seed all benchmark models are generated from. */
    public static final long SEED = 1;

    private BenchmarkModels() {
    }

    /** @return the folder holding the benchmark models */
    public static Path folder() {
        return Path.of(System.getProperty("placewise.benchmarks.models", "target/benchmark-models"));
    }

    /**
     * @param scale the scale
     * @return the XMI model file of that scale, generated first if it is not there yet
     */
    public static synchronized Path xmi(Scale scale) {
        Path file = folder().resolve(scale.label() + ".placewise");
        if (!Files.isRegularFile(file)) {
            generate(scale);
        }
        return file;
    }

    /**
     * @param scale the scale
     * @return the same model as an EMF binary resource file
     */
    public static synchronized Path binary(Scale scale) {
        Path file = folder().resolve(scale.label() + ".bin");
        if (!Files.isRegularFile(file)) {
            generate(scale);
        }
        return file;
    }

    /**
     * @param scale the scale
     * @return how many objects the model of that scale holds
     */
    public static int objectCount(Scale scale) {
        xmi(scale);
        try {
            return Integer.parseInt(Files.readString(folder().resolve(scale.label() + ".objects")).trim());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the object count of the " + scale.label() + " model", e);
        }
    }

    private static void generate(Scale scale) {
        try {
            Files.createDirectories(folder());
            GeneratedModel generated = EnglandModelGenerator.of(scale, SEED).generate();
            new ModelFiles().save(generated.model(), folder().resolve(scale.label() + ".placewise"));
            Path binaryTemp = folder().resolve(scale.label() + ".bin.tmp");
            try (OutputStream out = Files.newOutputStream(binaryTemp)) {
                Resource binary = newBinaryResource();
                binary.getContents().add(EcoreUtil.copy(generated.model()));
                binary.save(out, null);
            }
            Files.move(binaryTemp, folder().resolve(scale.label() + ".bin"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(folder().resolve(scale.label() + ".objects"), generated.objectCount() + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException | ModelFileException e) {
            throw new IllegalStateException("Cannot write the " + scale.label() + " benchmark model: " + e.getMessage(), e);
        }
    }

    /** @return the model loaded the Placewise way: {@link ModelFiles#load(Path)} */
    public static PlacewiseModel loadPlacewise(Scale scale) {
        try {
            return new ModelFiles().load(xmi(scale));
        } catch (ModelFileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * Plain EMF: a {@link ResourceSetImpl} with {@link XMIResourceFactoryImpl}, with default
     * options or tuned the way any EMF user can: an intrinsic id index and id references resolved
     * once at the end of loading ({@code OPTION_DEFER_IDREF_RESOLUTION}). Both are needed: with
     * the index alone every forward reference still walks the whole resource.
     *
     * @param file  the XMI file
     * @param tuned false for default options, true for the id index and deferred resolution
     * @return the loaded resource
     */
    public static Resource loadPlainXmi(Path file, boolean tuned) throws IOException {
        CorePackage.eINSTANCE.eClass();
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
        Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        Map<Object, Object> options = Map.of();
        if (tuned) {
            ((org.eclipse.emf.ecore.resource.impl.ResourceImpl) resource).setIntrinsicIDToEObjectMap(new java.util.HashMap<>());
            options = Map.of(org.eclipse.emf.ecore.xmi.XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        }
        try (InputStream in = Files.newInputStream(file)) {
            resource.load(in, options);
        }
        return resource;
    }

    /** @return a fresh EMF binary resource in its own resource set */
    public static Resource newBinaryResource() {
        CorePackage.eINSTANCE.eClass();
        ResourceSet resourceSet = new ResourceSetImpl();
        Resource resource = new BinaryResourceImpl(URI.createFileURI("/benchmark/model.bin"));
        resourceSet.getResources().add(resource);
        return resource;
    }

    /** @return the model loaded from its EMF binary file */
    public static Resource loadBinary(Path file) throws IOException {
        Resource resource = newBinaryResource();
        try (InputStream in = Files.newInputStream(file)) {
            resource.load(in, Map.of());
        }
        return resource;
    }
}
