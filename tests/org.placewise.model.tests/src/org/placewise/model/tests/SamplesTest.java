package org.placewise.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.resource.PlacewiseResourceFactory;

class SamplesTest {

	static java.util.List<String> samples() {
		return Samples.names();
	}

	/**
	 * With PLACEWISE_UPDATE_SAMPLES=1, rewrites samples/ from {@link SampleModels} (the same as running its main): run
	 * once after changing a sample on purpose, then again without it to prove the files match.
	 */
	@Test
	@org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable(named = "PLACEWISE_UPDATE_SAMPLES", matches = "1")
	void rewriteSamplesWhenAsked() throws IOException {
		SampleModels.main(new String[] { Samples.folder().getParent().toString() });
	}

	@Test
	void everyBuiltSampleIsCheckedInAndListedInTheReadme() throws IOException {
		assertEquals(SampleModels.all().keySet().stream().sorted().toList(), Samples.names());
		String readme = Files.readString(Samples.folder().resolve("README.md"));
		for (String name : Samples.names()) {
			assertTrue(readme.contains(name + ".placewise"), "samples/README.md does not list " + name);
		}
	}

	@ParameterizedTest
	@MethodSource("samples")
	void sampleLoadsAndPassesStructuralValidation(String name) {
		PlacewiseModel model = Samples.load(name);
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(model);
		assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR, () -> name + ": " + diagnostic.getChildren().stream()
				.map(Diagnostic::getMessage).collect(Collectors.joining("\n")));
		assertTrue(model.eResource().getErrors().isEmpty());
	}

	@ParameterizedTest
	@MethodSource("samples")
	void sampleSavesAndReloadsEqual(String name, @TempDir Path temp) throws IOException {
		PlacewiseModel model = Samples.load(name);
		Path copy = temp.resolve(name + ".placewise");
		Resource resource = PlacewiseResourceFactory.register(new ResourceSetImpl())
				.createResource(URI.createFileURI(copy.toString()));
		resource.getContents().add(EcoreUtil.copy(model));
		resource.save(null);
		PlacewiseModel reloaded = Samples.load(copy);
		assertTrue(EcoreUtil.equals(model, reloaded), name + " changed on a save and reload");
	}

	@ParameterizedTest
	@MethodSource("samples")
	void savingALoadedSampleReproducesItsFileByteForByte(String name) throws IOException {
		PlacewiseModel model = Samples.load(name);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		model.eResource().save(out, null);
		assertArrayEquals(Files.readAllBytes(Samples.file(name)), out.toByteArray(),
				name + " is not saved deterministically");
	}

	@ParameterizedTest
	@MethodSource("samples")
	void checkedInSampleEqualsWhatItsBuilderBuilds(String name) {
		PlacewiseModel built = SampleModels.all().get(name).get();
		assertTrue(EcoreUtil.equals(built, Samples.load(name)),
				name + ".placewise differs from SampleModels: regenerate it with SampleModels.main");
	}
}
