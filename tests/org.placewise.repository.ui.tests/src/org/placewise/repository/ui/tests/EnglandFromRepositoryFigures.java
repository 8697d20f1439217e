package org.placewise.repository.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.placewise.generator.EnglandModelGenerator;
import org.placewise.generator.Scale;
import org.placewise.model.governance.Delegation;
import org.placewise.repository.ui.SharedModelSource;
import org.placewise.repository.ui.SharedModels;
import org.placewise.store.ModelFiles;
import org.placewise.store.repository.RepositoryConnection;
import org.placewise.store.repository.SharedModel;
import org.placewise.ui.internal.ModelHandlers;
import org.placewise.ui.internal.PlacewiseEditor;

/**
 * Figures, not a test: with PLACEWISE_ENGLAND_FIGURES=1, the England model (~200,000 objects) is imported into a real
 * server, opened from it in the workbench's model editor (against opening the same model from its file, in the same
 * run), and another client's commit is timed from its acknowledgement until it is marked in the open editor. Prints the
 * figures; asserts no times. Skipped otherwise (it takes minutes).
 */
class EnglandFromRepositoryFigures {

	@Test
	void openEnglandFromTheRepositoryInTheWorkbench() throws Exception {
		Assumptions.assumeTrue(System.getenv("PLACEWISE_ENGLAND_FIGURES") != null, "figures only on request");
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		Path file = Files.createTempDirectory("placewise-england").resolve("england.placewise");
		new ModelFiles().save(EnglandModelGenerator.of(Scale.ENGLAND, 1).generate().model(), file);
		try (ServerProcess server = ServerProcess.start();
				RepositoryConnection alice = RepositoryConnection.connect("127.0.0.1", server.port, "alice",
						ServerProcess.PASSWORD.toCharArray());
				RepositoryConnection bob = RepositoryConnection.connect("127.0.0.1", server.port, "bob",
						ServerProcess.PASSWORD.toCharArray())) {
			long start = System.nanoTime();
			alice.importFile(file, "/england/model", "England");
			figure("import England into the repository (H2)", start);

			start = System.nanoTime();
			PlacewiseEditor fromFile = ModelHandlers.open(window, file);
			processEvents();
			long fileMillis = figure("baseline: open England from its file in the editor", start);
			window.getActivePage().closeEditor(fromFile, false);
			processEvents();

			start = System.nanoTime();
			PlacewiseEditor shared = SharedModels.open(window, alice, "/england/model");
			processEvents();
			long sharedMillis = figure("open England from the repository in the editor", start);
			assertNotNull(shared);
			System.out.printf("FIGURE ratio repository / file: %.1fx%n", (double) sharedMillis / fileMillis);

			SharedModelSource source = shared.getEditorInput().getAdapter(SharedModelSource.class);
			String id;
			try (SharedModel model = bob.open("/england/model")) {
				Delegation delegation = model.model().getDelegations().get(0);
				id = delegation.getId();
				delegation.setFinancialLimit(new BigDecimal("1234567"));
				model.commit("one limit");
			}
			start = System.nanoTime();
			long end = System.currentTimeMillis() + 300_000; // a hang guard
			while (!source.marks().containsKey(id)) {
				if (System.currentTimeMillis() > end) {
					fail("bob's commit did not arrive");
				}
				processEvents();
				Thread.sleep(5);
			}
			figure("another client's commit: acknowledged to marked in the editor (findings re-worked)", start);

			start = System.nanoTime();
			int commits = alice.historyOf("/england/model").size();
			figure("history of the model (" + commits + " commits)", start);
			window.getActivePage().closeAllEditors(false);
			processEvents();
		}
	}

	private static long figure(String what, long startNanos) {
		long millis = (System.nanoTime() - startNanos) / 1_000_000;
		System.out.printf("FIGURE %s: %,d ms%n", what, millis);
		return millis;
	}

	private static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain
		}
	}
}
