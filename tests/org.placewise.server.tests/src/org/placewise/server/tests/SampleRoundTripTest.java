package org.placewise.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.cdo.CDOObject;
import org.eclipse.emf.cdo.CDOState;
import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.placewise.model.resource.ModelDifferences;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.PlacewisePackages;
import org.placewise.server.RepositoryServer;
import org.placewise.server.StoreKind;
import org.placewise.store.ModelFiles;

/**
 * The real Placewise metamodel in the repository: every sample model, committed and read back in a fresh session of
 * another user, equals the file object by object (matched by id, every attribute and reference). The generated code is
 * CDO-native, so the objects are stored as CDO objects, not through CDO's legacy adapter that loses values.
 */
class SampleRoundTripTest {
	static final Path SAMPLES = Path.of("../../samples");

	@TempDir
	Path temp;

	private StoreFixture fixture;

	@AfterEach
	void stopServers() {
		if (fixture != null) {
			fixture.close();
		}
	}

	static List<Path> samples() throws IOException {
		try (Stream<Path> files = Files.list(SAMPLES)) {
			return files.filter(file -> file.getFileName().toString().endsWith(".placewise")).sorted().toList();
		}
	}

	@ParameterizedTest
	@EnumSource(StoreKind.class)
	void everySampleReadBackInAFreshSessionEqualsTheFile(StoreKind kind) throws Exception {
		fixture = new StoreFixture(kind, temp);
		RepositoryServer server = fixture.start(fixture.configuration().packages(PlacewisePackages.all()).build());
		List<Path> samples = samples();
		assertTrue(samples.size() >= 6, "samples found in " + SAMPLES.toAbsolutePath() + ": " + samples);
		try (RepositoryClient editor = RepositoryClient.connect(server, StoreFixture.EDITOR, StoreFixture.PASSWORD)) {
			CDOTransaction transaction = editor.openTransaction();
			for (Path sample : samples) {
				PlacewiseModel model = new ModelFiles().load(sample);
				transaction.createResource(resourceOf(sample)).getContents().add(model);
				assertEquals(CDOState.NEW, ((CDOObject) model).cdoState(),
						"stored natively, not through a legacy adapter");
			}
			transaction.setCommitComment("Imported the samples");
			transaction.commit();
		}

		List<String> compared = new ArrayList<>();
		try (RepositoryClient reader = RepositoryClient.connect(server, StoreFixture.VIEWER, StoreFixture.PASSWORD)) {
			CDOView view = reader.openView();
			for (Path sample : samples) {
				PlacewiseModel file = new ModelFiles().load(sample);
				EObject stored = view.getResource(resourceOf(sample)).getContents().get(0);
				assertSameModel(file, stored, sample.getFileName().toString());
				compared.add(sample.getFileName() + ": " + ModelDifferences.index(file).size() + " objects");
			}
		}
		assertEquals(samples.size(), compared.size(), compared.toString());
	}

	private static String resourceOf(Path sample) {
		return "/samples/" + sample.getFileName().toString().replace(".placewise", "");
	}

	/** The two models hold the same objects (by id) with the same values. */
	private static void assertSameModel(org.eclipse.emf.ecore.EObject expected, org.eclipse.emf.ecore.EObject actual,
			String what) {
		org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), ModelDifferences.byId(expected, actual),
				what);
	}
}
