package org.placewise.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the Placewise model and edit code from {@code placewise.genmodel} without an IDE.
 * <p>
 * Generated output is wiped first so that renamed or removed classes leave no orphans behind, and
 * line separators are forced to {@code \n} so the output is the same on every machine. Usage:
 * {@code GenerateModel <repository root>}.
 */
public final class GenerateModel {

    private static final String MODEL_BUNDLE = "org.placewise.model";
    private static final String EDIT_BUNDLE = "org.placewise.model.edit";

    private GenerateModel() {
    }

    /**
     * Entry point.
     *
     * @param args the repository root (defaults to the current directory)
     * @throws IOException when generated files cannot be wiped or checked
     */
    public static void main(String[] args) throws IOException {
        // JET templates read the separator when they are instantiated: set it before any generation.
        System.setProperty("line.separator", "\n");
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path modelDir = root.resolve("bundles").resolve(MODEL_BUNDLE);
        Path editDir = root.resolve("bundles").resolve(EDIT_BUNDLE);
        Path genModelFile = modelDir.resolve("model/placewise.genmodel");
        if (!Files.isRegularFile(genModelFile)) {
            System.err.println("No genmodel at " + genModelFile + ": pass the repository root as the argument.");
            System.exit(2);
        }

        // Fully generated files: wipe them so nothing stale survives. plugin.xml is merged, not wiped,
        // because it also carries hand-written extensions.
        for (Path generated : List.of(modelDir.resolve("src-gen"), editDir.resolve("src-gen"),
                modelDir.resolve("plugin.properties"), editDir.resolve("plugin.properties"))) {
            deleteRecursively(generated);
        }
        Files.createDirectories(editDir);

        EcorePlugin.ExtensionProcessor.process(null);
        GenModelPackage.eINSTANCE.eClass();
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        EcorePlugin.getPlatformResourceMap().put(MODEL_BUNDLE, URI.createFileURI(modelDir + "/"));
        EcorePlugin.getPlatformResourceMap().put(EDIT_BUNDLE, URI.createFileURI(editDir + "/"));
        resourceSet.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(true));
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);

        Resource resource = resourceSet.getResource(
                URI.createPlatformResourceURI(MODEL_BUNDLE + "/model/placewise.genmodel", true), true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        Diagnostic valid = genModel.diagnose();
        if (valid.getSeverity() == Diagnostic.ERROR) {
            System.err.println("The genmodel is not valid:\n" + describe(valid));
            System.exit(1);
        }

        Generator generator = new Generator();
        generator.setInput(genModel);
        fail(generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor()));
        fail(generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, new BasicMonitor()));

        for (Path dir : List.of(modelDir.resolve("src-gen"), editDir.resolve("src-gen"))) {
            requireUnixLineEnds(dir);
        }
        System.out.println("Generated model and edit code for " + genModelFile);
    }

    private static void fail(Diagnostic diagnostic) {
        if (diagnostic.getSeverity() == Diagnostic.ERROR) {
            System.err.println("Code generation failed:\n" + describe(diagnostic));
            System.exit(1);
        }
    }

    private static String describe(Diagnostic diagnostic) {
        StringBuilder text = new StringBuilder(diagnostic.getMessage()).append('\n');
        for (Diagnostic child : diagnostic.getChildren()) {
            text.append("  ").append(describe(child));
        }
        return text.toString();
    }

    private static void requireUnixLineEnds(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                try {
                    if (new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).indexOf('\r') >= 0) {
                        throw new IllegalStateException("Generated file has CR line ends: " + file);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
