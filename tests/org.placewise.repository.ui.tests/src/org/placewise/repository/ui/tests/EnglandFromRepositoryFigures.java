package org.placewise.repository.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.placewise.checks.IncrementalChecker;
import org.placewise.generator.EnglandModelGenerator;
import org.placewise.generator.Scale;
import org.placewise.model.governance.Delegation;
import org.placewise.repository.ui.SharedModelSource;
import org.placewise.repository.ui.SharedModels;
import org.placewise.store.ModelFiles;
import org.placewise.store.repository.CommitRecord;
import org.placewise.store.repository.RepositoryConnection;
import org.placewise.store.repository.SharedModel;
import org.placewise.ui.internal.ModelHandlers;
import org.placewise.ui.internal.PlacewiseEditor;
import org.placewise.ui.internal.PlacewiseModelContext;

/**
 * Figures, not a test: with PLACEWISE_ENGLAND_FIGURES=1, a generated model (England, ~200,000 objects, by default;
 * PLACEWISE_FIGURES_SCALES=region,england for several) is imported into a real server, opened from it in the
 * workbench's model editor (against opening the same model from its file, in the same run), and other clients' commits
 * of one value each are timed from their acknowledgement until they are marked in the open editor and the workbench has
 * handled every event they caused (explorer, pages, diagram and findings shown again). Prints the figures; asserts no
 * times. Skipped otherwise (it takes minutes).
 */
class EnglandFromRepositoryFigures {

	/** One-value commits timed per scale. */
	private static final int COMMITS = 3;

	@Test
	void openEnglandFromTheRepositoryInTheWorkbench() throws Exception {
		Assumptions.assumeTrue(System.getenv("PLACEWISE_ENGLAND_FIGURES") != null, "figures only on request");
		String scales = System.getenv().getOrDefault("PLACEWISE_FIGURES_SCALES", "england");
		for (String scale : scales.split(",")) {
			figuresFor(Scale.valueOf(scale.strip().toUpperCase(Locale.ROOT)));
		}
	}

	private static void figuresFor(Scale scale) throws Exception {
		String name = scale.name().toLowerCase(Locale.ROOT);
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		Path file = Files.createTempDirectory("placewise-" + name).resolve(name + ".placewise");
		new ModelFiles().save(EnglandModelGenerator.of(scale, 1).generate().model(), file);
		String path = "/" + name + "/model";
		try (ServerProcess server = ServerProcess.start();
				RepositoryConnection alice = RepositoryConnection.connect("127.0.0.1", server.port, "alice",
						ServerProcess.PASSWORD.toCharArray());
				RepositoryConnection bob = RepositoryConnection.connect("127.0.0.1", server.port, "bob",
						ServerProcess.PASSWORD.toCharArray())) {
			long start = System.nanoTime();
			alice.importFile(file, path, name);
			figure(name, "import into the repository (H2)", start);

			start = System.nanoTime();
			PlacewiseEditor fromFile = ModelHandlers.open(window, file);
			processEvents();
			long fileMillis = figure(name, "baseline: open from its file in the editor", start);
			window.getActivePage().closeEditor(fromFile, false);
			processEvents();

			start = System.nanoTime();
			PlacewiseEditor shared = SharedModels.open(window, alice, path);
			processEvents();
			long sharedMillis = figure(name, "open from the repository in the editor", start);
			assertNotNull(shared);
			System.out.printf("FIGURE %s ratio open repository / file: %.2fx%n", name,
					(double) sharedMillis / fileMillis);

			SharedModelSource source = shared.getEditorInput().getAdapter(SharedModelSource.class);
			PlacewiseModelContext context = shared.context();
			int[] rebuilds = { 0 };
			PlacewiseModelContext.Listener counting = replaced -> rebuilds[0]++;
			context.addListener(counting);
			IncrementalChecker checker = context.checker();
			List<Long> arrivals = new ArrayList<>();
			for (int commit = 0; commit < COMMITS; commit++) {
				String id;
				try (SharedModel model = bob.open(path)) {
					Delegation delegation = model.model().getDelegations().get(commit);
					id = delegation.getId();
					delegation.setFinancialLimit(new BigDecimal(1_234_567 + commit));
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
				processEvents();
				arrivals.add(figure(name, "another client's commit of one value: acknowledged to marked and shown",
						start));
			}
			arrivals.sort(null);
			System.out.printf("FIGURE %s commit arrival median of %d: %,d ms (min %,d, max %,d); full rebuilds %d; "
					+ "checker replaced: %s%n", name, COMMITS, arrivals.get(COMMITS / 2), arrivals.get(0),
					arrivals.get(COMMITS - 1), rebuilds[0], context.checker() != checker);

			// A removal: bob deletes a delegation (and what referred to it). Before, a removal showed the model
			// again whole (changedElsewhere), timed here directly in the same run as the baseline.
			List<CommitRecord> arrived = new ArrayList<>();
			Consumer<CommitRecord> arriving = arrived::add;
			source.addCommitListener(arriving);
			String removedId;
			try (SharedModel model = bob.open(path)) {
				Delegation delegation = model.model().getDelegations().get(COMMITS);
				removedId = delegation.getId();
				EcoreUtil.delete(delegation, true);
				model.commit("one delegation removed");
			}
			start = System.nanoTime();
			long end = System.currentTimeMillis() + 600_000; // a hang guard
			while (arrived.stream().noneMatch(commit -> commit.removed().contains(removedId))) {
				if (System.currentTimeMillis() > end) {
					fail("bob's removal did not arrive");
				}
				processEvents();
				Thread.sleep(5);
			}
			context.checker().findings();
			processEvents();
			long inPlace = figure(name, "another client's removal of a delegation: acknowledged to shown in place",
					start);
			source.removeCommitListener(arriving);
			System.out.printf("FIGURE %s removal: full rebuilds %d; checker replaced: %s%n", name, rebuilds[0],
					context.checker() != checker);
			start = System.nanoTime();
			context.changedElsewhere();
			context.checker().findings();
			processEvents();
			long whole = figure(name, "baseline: the model shown again whole, as a removal was before", start);
			System.out.printf("FIGURE %s ratio removal shown in place / shown again whole: %.2fx%n", name,
					(double) inPlace / whole);
			context.removeListener(counting);

			start = System.nanoTime();
			int commits = alice.historyOf(path).size();
			figure(name, "history of the model (" + commits + " commits)", start);
			window.getActivePage().closeAllEditors(false);
			processEvents();
		}
	}

	private static long figure(String scale, String what, long startNanos) {
		long millis = (System.nanoTime() - startNanos) / 1_000_000;
		System.out.printf("FIGURE %s %s: %,d ms%n", scale, what, millis);
		return millis;
	}

	private static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain
		}
	}
}
