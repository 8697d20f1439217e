package org.placewise.repository.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.placewise.checks.Finding;
import org.placewise.checks.IncrementalChecker;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernanceFactory;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.repository.ui.ConflictDialog;
import org.placewise.repository.ui.ConnectDialog;
import org.placewise.repository.ui.HistoryView;
import org.placewise.repository.ui.PastModelSource;
import org.placewise.repository.ui.PlacewiseKeyProvider;
import org.placewise.repository.ui.RepositoryLogin;
import org.placewise.repository.ui.RepositorySession;
import org.placewise.repository.ui.RepositoryView;
import org.placewise.repository.ui.SavedLogins;
import org.placewise.repository.ui.SharedModelSource;
import org.placewise.store.repository.CommitRecord;
import org.placewise.store.repository.Conflict;
import org.placewise.store.repository.RepositoryConnection;
import org.placewise.store.repository.Resolution;
import org.placewise.store.repository.SharedModel;
import org.placewise.ui.internal.ModelExplorerView;
import org.placewise.ui.internal.PlacewiseEditor;
import org.placewise.ui.internal.PlacewiseModelContext;

/**
 * The shared repository as a workbench user meets it, against a real server in its own JVM (H2): connect (and the
 * dialog's errors), the Repository view, open a shared model in the model editor, edit and commit, another client's
 * commit arriving and marked, a conflict settled each way through the Conflict dialog, and the History view opening a
 * past point read-only.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedModelWorkbenchTest {

	private static final String MODEL = "/exampleshire/scheme";
	/** "Discharge fund": onward delegation of the £5,000,000 "Community services budget". */
	private static final String DISCHARGE_FUND = "2bc92660-268b-3d2d-817a-73f1a9fd3875";
	private static final String COMMUNITY_BUDGET = "c7e58e03-5db7-3c07-ad94-708c5179c2d9";

	private static ServerProcess server;
	private static RepositoryConnection bob;
	private static Path storage;
	/** Findings on the Discharge fund while its limit was £2,500,000. */
	private static long findingsAtTwoAndAHalfMillion;

	@BeforeAll
	static void startServer() throws Exception {
		server = ServerProcess.start();
		if (System.getenv("PLACEWISE_SCREENSHOTS") != null) {
			window().getShell().setBounds(0, 0, 1600, 1000);
		}
		try (RepositoryConnection alice = connect("alice")) {
			alice.importFile(Path.of("../../samples/exampleshire-scheme-of-delegation.placewise").toAbsolutePath(),
					MODEL, "Scheme of delegation as agreed in March");
		}
		bob = connect("bob");
		storage = Files.createTempDirectory("placewise-secure-storage").resolve("secure_storage");
	}

	@AfterAll
	static void stopServer() throws Exception {
		page().closeAllEditors(false);
		RepositorySession.get().disconnect();
		if (bob != null) {
			bob.close();
		}
		if (server != null) {
			server.close();
		}
	}

	@AfterEach
	void drain() {
		processEvents();
	}

	private static RepositoryConnection connect(String user) throws Exception {
		return RepositoryConnection.connect("127.0.0.1", server.port, user, ServerProcess.PASSWORD.toCharArray());
	}

	private static SavedLogins savedLogins() throws IOException {
		Map<String, Object> options = new HashMap<>();
		options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
		options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test storage key".toCharArray()));
		ISecurePreferences preferences = SecurePreferencesFactory.open(storage.toUri().toURL(), options);
		return new SavedLogins(preferences);
	}

	@Test
	@Order(1)
	void connectDialogSaysWhyALoginFailsAndRemembersThePasswordWhenAsked() throws Exception {
		RepositoryLogin login = new RepositoryLogin("127.0.0.1", server.port, "placewise", "alice");
		ConnectDialog dialog = new ConnectDialog(window().getShell(), RepositorySession.get(), savedLogins());
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			dialog.fill(login, "not the password", false);
			pressConnectAndWait(dialog);
			assertNotNull(dialog.getShell(), "a refused login leaves the dialog open");
			assertTrue(dialog.error().contains("wrong password"), dialog.error());
			screenshot("repository-connect");
			assertNull(RepositorySession.get().connection());

			int closedPort;
			try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
				closedPort = free.getLocalPort();
			}
			dialog.fill(new RepositoryLogin("127.0.0.1", closedPort, "placewise", "alice"), ServerProcess.PASSWORD,
					false);
			pressConnectAndWait(dialog);
			assertTrue(dialog.error().contains("Cannot reach"), dialog.error());

			dialog.fill(login, ServerProcess.PASSWORD, true);
			pressConnectAndWait(dialog);
			assertNull(dialog.getShell(), "connected: the dialog closed");
		} finally {
			if (dialog.getShell() != null) {
				dialog.close();
			}
		}
		assertEquals("alice", RepositorySession.get().connection().user());
		SavedLogins saved = savedLogins();
		assertEquals(login, saved.last());
		assertEquals(ServerProcess.PASSWORD, new String(saved.password(login)));
		assertFalse(Files.readString(storage).contains(ServerProcess.PASSWORD), "the password is kept encrypted");

		// as in the product: no password hint, the key comes from Placewise's provider (key file, owner only)
		Path plain = storage.resolveSibling("secure_storage_product");
		SavedLogins product = new SavedLogins(SecurePreferencesFactory.open(plain.toUri().toURL(), null));
		product.save(login, ServerProcess.PASSWORD.toCharArray());
		assertEquals(ServerProcess.PASSWORD, new String(product.password(login)));
		assertFalse(Files.readString(plain).contains(ServerProcess.PASSWORD), "encrypted with the key file's key");
		assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions
				.toString(Files.getPosixFilePermissions(PlacewiseKeyProvider.keyFile())));
	}

	@Test
	@Order(2)
	void repositoryViewListsTheModelsAndOpensOneThatSavesAsACommit() throws Exception {
		RepositoryView view = (RepositoryView) page().showView(RepositoryView.ID);
		view.refresh();
		assertEquals(1, view.rows().size(), view.status());
		RepositoryView.Row row = view.rows().get(0);
		assertEquals(MODEL, row.path());
		assertEquals("alice", row.last().user());
		assertEquals("Scheme of delegation as agreed in March", row.last().comment());

		// Posted before the open: it runs while the model is read only if the read leaves the UI thread free.
		boolean[] answeredWhileReading = new boolean[1];
		Display.getCurrent().asyncExec(() -> answeredWhileReading[0] = java.util.Arrays
				.stream(page().getEditorReferences()).noneMatch(reference -> "scheme".equals(reference.getPartName())));
		PlacewiseEditor editor = view.open(MODEL);
		assertNotNull(editor);
		assertTrue(answeredWhileReading[0], "the workbench handled events while the shared model was read");
		page().showView(RepositoryView.ID);
		screenshot("repository-view");
		PlacewiseModelContext context = editor.context();
		SharedModelSource source = editor.getEditorInput().getAdapter(SharedModelSource.class);
		assertNotNull(source);
		assertEquals("scheme", editor.getPartName());
		Delegation fund = delegation(context.model(), DISCHARGE_FUND);
		assertEquals(0, new BigDecimal("2000000").compareTo(fund.getFinancialLimit()));

		run(context, SetCommand.create(context.domain(), fund, GovernancePackage.Literals.DELEGATION__FINANCIAL_LIMIT,
				new BigDecimal("2500000")));
		assertTrue(editor.isDirty());
		source.setCommentPrompt((shell, name) -> "Discharge fund raised for winter");
		editor.doSave(null);
		assertFalse(editor.isDirty(), "saved = committed");

		try (SharedModel seen = bob.open(MODEL)) {
			assertEquals(0, new BigDecimal("2500000").compareTo(delegation(seen.model(), DISCHARGE_FUND)
					.getFinancialLimit()), "another client reads the commit");
		}
		List<CommitRecord> history = bob.historyOf(MODEL);
		assertEquals("Discharge fund raised for winter", history.get(history.size() - 1).comment());
		assertEquals("alice", history.get(history.size() - 1).user());
	}

	@Test
	@Order(3)
	void anotherClientsCommitArrivesInTheEditorAndIsMarkedUntilLookedAt() throws Exception {
		PlacewiseEditor editor = sharedEditor();
		PlacewiseModelContext context = editor.context();
		SharedModelSource source = editor.getEditorInput().getAdapter(SharedModelSource.class);
		Delegation fund = delegation(context.model(), DISCHARGE_FUND);
		long findingsBefore = findingsOn(context, fund);
		findingsAtTwoAndAHalfMillion = findingsBefore;

		try (SharedModel model = bob.open(MODEL)) {
			// above the £5,000,000 it is delegated from: a finding the checks report on the onward delegation
			delegation(model.model(), DISCHARGE_FUND).setFinancialLimit(new BigDecimal("9000000"));
			model.commit("Discharge fund: whole winter allocation");
		}
		waitFor(() -> source.marks().containsKey(DISCHARGE_FUND), "bob's commit arrives");
		assertEquals(0, new BigDecimal("9000000").compareTo(fund.getFinancialLimit()), "the model shows bob's value");
		assertEquals("changed by bob", source.marks().get(DISCHARGE_FUND));
		IItemLabelProvider labels = (IItemLabelProvider) context.adapterFactory().adapt((Object) fund,
				IItemLabelProvider.class);
		assertTrue(labels.getText(fund).startsWith("\u2022 changed by bob: Delegation: "), labels.getText(fund));
		assertTrue(findingsOn(editor.context(), fund) > findingsBefore,
				"the findings are worked out again with bob's value");
		assertFalse(editor.isDirty(), "another user's commit is not an edit of mine");
		if (System.getenv("PLACEWISE_SCREENSHOTS") != null) {
			org.placewise.ui.internal.ModelExplorerView explorer = (org.placewise.ui.internal.ModelExplorerView) page()
					.showView(org.placewise.ui.internal.ModelExplorerView.ID);
			explorer.getViewer().reveal(fund);
			screenshot("repository-arrived");
		}

		source.seen(List.of(fund));
		assertFalse(source.marks().containsKey(DISCHARGE_FUND), "looked at: no longer marked");
		assertFalse(labels.getText(fund).contains("changed by bob"));
	}

	@Test
	@Order(4)
	void aConflictIsSettledInTheConflictDialogEachWayAndNothingIsLost() throws Exception {
		PlacewiseEditor editor = sharedEditor();
		PlacewiseModelContext context = editor.context();
		SharedModelSource source = editor.getEditorInput().getAdapter(SharedModelSource.class);
		source.setCommentPrompt((shell, name) -> "My scope wording");
		Delegation budget = delegation(context.model(), COMMUNITY_BUDGET);

		// take theirs, through the dialog's "Take all theirs"
		run(context, SetCommand.create(context.domain(), budget, GovernancePackage.Literals.DELEGATION__SCOPE,
				"Mine: community services"));
		commitScopeAsBob("Theirs: community and primary care");
		List<List<String>> shown = new ArrayList<>();
		source.setConflictChooser((shell, conflicts, byId) -> {
			ConflictDialog dialog = new ConflictDialog(shell, conflicts, byId);
			dialog.setBlockOnOpen(false);
			dialog.open();
			shown.addAll(dialog.rows());
			try {
				screenshot("repository-conflict");
			} catch (IOException | InterruptedException e) {
				throw new IllegalStateException(e);
			}
			dialog.chooseAll(Resolution.TAKE_THEIRS);
			Map<Conflict, Resolution> choices = dialog.choices();
			dialog.pressCommit();
			return choices;
		});
		List<String> told = new ArrayList<>();
		source.setInformer(told::add);
		editor.doSave(null);
		assertEquals(1, shown.size(), shown.toString());
		assertEquals(List.of("'Mine: community services'", "'Theirs: community and primary care'", "bob"),
				shown.get(0).subList(2, 5), "yours, theirs and who made theirs");
		assertEquals("Theirs: community and primary care", budget.getScope());
		assertFalse(editor.isDirty());
		assertTrue(told.get(0).contains("Mine: community services"), "my value not kept is told: " + told);

		// keep mine, per value
		run(context, SetCommand.create(context.domain(), budget, GovernancePackage.Literals.DELEGATION__SCOPE,
				"Mine again"));
		commitScopeAsBob("Theirs again");
		source.setConflictChooser((shell, conflicts, byId) -> {
			ConflictDialog dialog = new ConflictDialog(shell, conflicts, byId);
			dialog.setBlockOnOpen(false);
			dialog.open();
			dialog.choose(0, Resolution.KEEP_MINE);
			Map<Conflict, Resolution> choices = dialog.choices();
			dialog.pressCommit();
			return choices;
		});
		editor.doSave(null);
		assertEquals("Mine again", budget.getScope());
		try (SharedModel seen = bob.open(MODEL)) {
			assertEquals("Mine again", delegation(seen.model(), COMMUNITY_BUDGET).getScope());
		}
		List<CommitRecord> history = bob.historyOf(MODEL);
		assertEquals("bob", history.get(history.size() - 2).user(), "theirs stays in the history");
	}

	private static void commitScopeAsBob(String scope) throws Exception {
		try (SharedModel model = bob.open(MODEL)) {
			delegation(model.model(), COMMUNITY_BUDGET).setScope(scope);
			model.commit("Scope as the board worded it");
		}
		SharedModelSource source = sharedEditor().getEditorInput().getAdapter(SharedModelSource.class);
		waitFor(() -> "changed by bob".equals(source.marks().get(COMMUNITY_BUDGET)), "bob's scope arrives");
		source.seen(List.of(delegation(sharedEditor().context().model(), COMMUNITY_BUDGET)));
	}

	@Test
	@Order(5)
	void theHistoryViewTellsWhatACommitChangedAndOpensAPastPointReadOnly() throws Exception {
		PlacewiseEditor shared = sharedEditor();
		page().activate(shared);
		HistoryView history = (HistoryView) page().showView(HistoryView.ID);
		page().activate(shared);
		processEvents();
		List<CommitRecord> commits = history.commits();
		assertTrue(commits.size() >= 5, commits.toString());
		assertEquals("Scheme of delegation as agreed in March", commits.get(commits.size() - 1).comment(),
				"newest first, the import last");

		CommitRecord raised = commits.stream().filter(c -> c.comment().equals("Discharge fund raised for winter"))
				.findFirst().orElseThrow();
		history.select(raised);
		waitFor(() -> !history.changes().isEmpty(), "what the commit changed is worked out");
		assertEquals(List.of("Delegation: Exampletown Place Committee \u2192 Exampletown place lead, \u00a32,000,000: "
				+ "Financial limit \u00a32,000,000 \u2192 \u00a32,500,000"), history.changes());

		PlacewiseEditor past = history.openSelected();
		assertNotNull(past);
		assertNotEquals(shared, past);
		PlacewiseModelContext context = past.context();
		assertTrue(context.isReadOnly());
		assertTrue(past.getEditorInput().getAdapter(PastModelSource.class) != null);
		assertTrue(past.getPartName().startsWith("scheme as at "), past.getPartName());
		Delegation fund = delegation(context.model(), DISCHARGE_FUND);
		assertEquals(0, new BigDecimal("2500000").compareTo(fund.getFinancialLimit()), "the value as it was then");
		assertEquals(findingsAtTwoAndAHalfMillion, findingsOn(context, fund), "the findings as they were then");
		assertTrue(
				findingsOn(shared.context(),
						delegation(shared.context().model(), DISCHARGE_FUND)) > findingsAtTwoAndAHalfMillion,
				"now, above its source's limit, there are more");
		Command change = SetCommand.create(context.domain(), fund, GovernancePackage.Literals.DELEGATION__SCOPE,
				"Changed in the past");
		assertFalse(change.canExecute(), "a past point cannot be changed");
		HistoryView shownHistory = (HistoryView) page().showView(HistoryView.ID);
		shownHistory.select(raised);
		waitFor(() -> !shownHistory.changes().isEmpty(), "what the commit changed is shown again");
		screenshot("repository-history");
		past.doSave(null);
		assertEquals(0, new BigDecimal("9000000").compareTo(delegation(shared.context().model(), DISCHARGE_FUND)
				.getFinancialLimit()), "the open shared model is still the latest");
	}

	@Test
	@Order(6)
	void anObjectReservedByOneUserIsShownToTheOtherWhoseEditsAreRefusedUntilItIsReleased() throws Exception {
		PlacewiseEditor editor = sharedEditor();
		page().activate(editor);
		PlacewiseModelContext context = editor.context();
		SharedModelSource source = editor.getEditorInput().getAdapter(SharedModelSource.class);
		Delegation budget = delegation(context.model(), COMMUNITY_BUDGET);
		List<String> told = new ArrayList<>();
		source.setInformer(told::add);
		IItemLabelProvider labels = (IItemLabelProvider) context.adapterFactory().adapt((Object) budget,
				IItemLabelProvider.class);

		try (SharedModel bobs = bob.open(MODEL)) {
			// Bob reserves the budget: the workbench shows who holds it and since when.
			bobs.reserve(delegation(bobs.model(), COMMUNITY_BUDGET));
			waitFor(() -> source.reservationMarks().containsKey(COMMUNITY_BUDGET), "bob's reservation is seen");
			String mark = String.valueOf(source.reservationMarks().get(COMMUNITY_BUDGET));
			assertTrue(mark.startsWith("reserved by bob since "), mark);
			assertTrue(labels.getText(budget).startsWith("\u2022 reserved by bob since "), labels.getText(budget));
			if (System.getenv("PLACEWISE_SCREENSHOTS") != null) {
				org.placewise.ui.internal.ModelExplorerView explorer = (org.placewise.ui.internal.ModelExplorerView) page()
						.showView(org.placewise.ui.internal.ModelExplorerView.ID);
				explorer.getViewer().reveal(budget);
				explorer.getViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(budget), true);
				screenshot("repository-reserved");
				page().activate(editor);
			}

			// My edit of it is refused at once, naming bob; nothing changed and nothing to undo.
			String scope = budget.getScope();
			int undoable = context.commandStack().canUndo() ? 1 : 0;
			Command before = context.commandStack().getUndoCommand();
			context.commandStack().execute(SetCommand.create(context.domain(), budget,
					GovernancePackage.Literals.DELEGATION__SCOPE, "Changed while bob holds it"));
			waitFor(() -> !told.isEmpty(), "the refusal is told");
			assertTrue(told.get(0).contains("is reserved by bob since "), told.toString());
			assertTrue(told.get(0).contains("Only bob can change it"), told.toString());
			assertEquals(scope, budget.getScope(), "nothing changed");
			assertFalse(editor.isDirty(), "nothing to save");
			assertEquals(before, context.commandStack().getUndoCommand(), "the refused command is not undoable");
			assertEquals(undoable, context.commandStack().canUndo() ? 1 : 0);

			// Bob releases it: the mark goes and my edit goes through.
			bobs.release(delegation(bobs.model(), COMMUNITY_BUDGET));
			waitFor(() -> !source.reservationMarks().containsKey(COMMUNITY_BUDGET), "the release is seen");
			assertFalse(labels.getText(budget).contains("reserved"), labels.getText(budget));
			run(context, SetCommand.create(context.domain(), budget, GovernancePackage.Literals.DELEGATION__SCOPE,
					"Changed after bob released it"));
			assertEquals("Changed after bob released it", budget.getScope());
			source.setCommentPrompt((shell, name) -> "Scope after the redraft");
			editor.doSave(null);
			assertFalse(editor.isDirty());
		}
	}

	@Test
	@Order(7)
	void reserveForEditingFromTheExplorerKeepsTheReservationOverACommitUntilReleased() throws Exception {
		PlacewiseEditor editor = sharedEditor();
		page().activate(editor);
		PlacewiseModelContext context = editor.context();
		SharedModelSource source = editor.getEditorInput().getAdapter(SharedModelSource.class);
		Delegation fund = delegation(context.model(), DISCHARGE_FUND);
		org.placewise.ui.internal.ModelExplorerView explorer = (org.placewise.ui.internal.ModelExplorerView) page()
				.showView(org.placewise.ui.internal.ModelExplorerView.ID);
		explorer.getViewer().reveal(fund);
		explorer.getViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(fund), true);
		processEvents();
		org.eclipse.ui.handlers.IHandlerService handlers = window().getService(
				org.eclipse.ui.handlers.IHandlerService.class);
		handlers.executeCommand("org.placewise.repository.ui.commands.reserve", null);
		waitFor(() -> String.valueOf(source.reservationMarks().get(DISCHARGE_FUND))
				.startsWith("reserved by you since "),
				"my reservation is shown as mine");

		try (SharedModel bobs = bob.open(MODEL)) {
			Delegation seen = delegation(bobs.model(), DISCHARGE_FUND);
			assertEquals("alice", bobs.refreshReservations().get(0).user());
			assertThrows(org.placewise.store.repository.ReservedException.class,
					() -> bobs.change(() -> seen.setScope("Bob's wording")));

			// My commit keeps the reservation (the box to release it left unticked)...
			page().activate(editor);
			run(context, SetCommand.create(context.domain(), fund, GovernancePackage.Literals.DELEGATION__SCOPE,
					"Redrafted for the next board"));
			source.setCommentPrompt((shell, name) -> "Redraft, still in progress");
			editor.doSave(null);
			assertFalse(editor.isDirty());
			assertEquals(1, bobs.refreshReservations().size(), "kept over my commit");

			// ...and Release ends it: bob may edit.
			page().activate(explorer);
			explorer.getViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(fund), true);
			handlers.executeCommand("org.placewise.repository.ui.commands.release", null);
			assertEquals(List.of(), bobs.refreshReservations());
			waitFor(() -> !source.reservationMarks().containsKey(DISCHARGE_FUND), "the release is shown");
			waitFor(() -> "Redrafted for the next board".equals(seen.getScope()), "my commit reaches bob");
			bobs.change(() -> seen.setScope("Bob's wording"));
			assertNotNull(bobs.commit("Bob's wording"));
		}
		page().activate(editor);
	}

	@Test
	@Order(8)
	void theHistoryViewComparesTwoCommitsOrACommitWithNowAndOpensBothSides() throws Exception {
		PlacewiseEditor shared = sharedEditor();
		page().activate(shared);
		HistoryView history = (HistoryView) page().showView(HistoryView.ID);
		page().activate(shared);
		processEvents();
		history.refresh();
		CommitRecord raised = commitCommented(history, "Discharge fund raised for winter");
		CommitRecord whole = commitCommented(history, "Discharge fund: whole winter allocation");

		history.select(List.of(whole, raised));
		history.compareSelected();
		waitFor(() -> !history.changes().isEmpty(), "what differs is worked out");
		assertTrue(history.changes().stream().anyMatch(line -> line.startsWith("Delegation '")
				&& line.endsWith("financial limit \u00a32,500,000 \u2192 \u00a39,000,000")),
				history.changes().toString());
		assertFalse(history.changes().stream().anyMatch(line -> line.contains("Bob's wording")),
				"a later change is not between these two points: " + history.changes());
		HistoryView shown = (HistoryView) page().showView(HistoryView.ID);
		screenshot("repository-compare");

		history.select(List.of(raised));
		history.compareSelected();
		waitFor(() -> !history.changes().isEmpty(), "what differs from now is worked out");
		assertTrue(history.changes().stream().anyMatch(line -> line.endsWith("\u2192 \u00a39,000,000")),
				history.changes().toString());
		assertTrue(history.changes().stream().anyMatch(line -> line.endsWith("\u2192 'Bob's wording'")),
				"now includes bob's last commit: " + history.changes());

		// Both sides open read-only, each as it was.
		history.select(List.of(raised, whole));
		PlacewiseEditor later = history.openSelected();
		assertNotNull(later);
		assertTrue(later.context().isReadOnly());
		assertEquals(0, new BigDecimal("9000000")
				.compareTo(delegation(later.context().model(), DISCHARGE_FUND).getFinancialLimit()));
		List<BigDecimal> limits = new ArrayList<>();
		for (var reference : page().getEditorReferences()) {
			if (reference.getEditor(false) instanceof PlacewiseEditor editor
					&& editor.getEditorInput().getAdapter(PastModelSource.class) != null) {
				limits.add(delegation(editor.context().model(), DISCHARGE_FUND).getFinancialLimit());
			}
		}
		assertTrue(limits.stream().anyMatch(limit -> limit.compareTo(new BigDecimal("2500000")) == 0),
				limits.toString());
		assertTrue(shown == history);
	}

	private static CommitRecord commitCommented(HistoryView history, String comment) {
		return history.commits().stream().filter(c -> c.comment().equals(comment)).findFirst().orElseThrow();
	}

	@Test
	@Order(9)
	void connectingRunsOffTheUiThreadAndCancelStopsWaitingForAPortThatNeverAnswers() throws Exception {
		RepositoryConnection before = RepositorySession.get().connection();
		// A port that accepts the TCP connection and then never says anything.
		try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 50,
				java.net.InetAddress.getLoopbackAddress())) {
			ConnectDialog dialog = new ConnectDialog(window().getShell(), RepositorySession.get(), savedLogins());
			dialog.setBlockOnOpen(false);
			dialog.open();
			try {
				dialog.fill(new RepositoryLogin("127.0.0.1", silent.getLocalPort(), "placewise", "alice"),
						ServerProcess.PASSWORD, false);
				dialog.pressConnect();
				assertTrue(dialog.isConnecting(), "Connect returns at once; the login is under way");

				// The UI thread goes on handling events while the login waits.
				boolean[] handled = { false };
				Display.getCurrent().asyncExec(() -> handled[0] = true);
				waitFor(() -> handled[0], "an event handled while connecting");
				assertTrue(dialog.isConnecting(), "the silent port has not answered: " + dialog.error());

				dialog.pressCancel();
				assertFalse(dialog.isConnecting());
				assertNotNull(dialog.getShell(), "Cancel stops waiting; the dialog stays to correct the address");
				assertTrue(dialog.error().contains("Stopped waiting"), dialog.error());
				assertEquals(before, RepositorySession.get().connection(), "the connection there was is kept");

				dialog.pressCancel();
				assertNull(dialog.getShell(), "Cancel again closes the dialog");
			} finally {
				if (dialog.getShell() != null) {
					dialog.close();
				}
			}
		}
	}

	@Test
	@Order(10)
	void anotherClientsChangedValueIsShownInPlaceWithoutBuildingTheViewsAgain() throws Exception {
		PlacewiseEditor editor = sharedEditor();
		page().activate(editor);
		PlacewiseModelContext context = editor.context();
		SharedModelSource source = editor.getEditorInput().getAdapter(SharedModelSource.class);
		Delegation fund = delegation(context.model(), DISCHARGE_FUND);
		source.seen(List.of(fund));
		assertFalse(source.marks().containsKey(DISCHARGE_FUND), "bob's earlier commit is no longer marked");
		ModelExplorerView explorer = explorerShowing(editor, delegation(context.model(), COMMUNITY_BUDGET));
		List<Object> expanded = List.of(explorer.getViewer().getExpandedElements());
		assertTrue(expanded.size() > 1, "the explorer has branches open: " + expanded);
		IncrementalChecker checker = context.checker();
		long findingsBefore = findingsOn(context, fund);
		int[] rebuilds = { 0 };
		PlacewiseModelContext.Listener counting = replaced -> rebuilds[0]++;
		context.addListener(counting);
		try {
			try (SharedModel model = bob.open(MODEL)) {
				// back within the £5,000,000 it is delegated from: the finding on it goes
				delegation(model.model(), DISCHARGE_FUND).setFinancialLimit(new BigDecimal("2000000"));
				model.commit("Discharge fund back within its source");
			}
			waitFor(() -> source.marks().containsKey(DISCHARGE_FUND), "bob's commit arrives");
			assertEquals(0, new BigDecimal("2000000").compareTo(fund.getFinancialLimit()));
			assertTrue(findingsOn(context, fund) < findingsBefore, "the findings are re-checked with bob's value");
			assertEquals(0, rebuilds[0], "no view or page was built again");
			assertSame(checker, context.checker(), "the findings were re-checked where bob changed, not afresh");
			assertEquals(expanded, List.of(explorer.getViewer().getExpandedElements()),
					"the explorer keeps the branches the user opened");
		} finally {
			context.removeListener(counting);
		}
	}

	@Test
	@Order(11)
	void aDelegationAnotherClientAddsAppearsMarkedInTheExplorerAndIsCheckedWithoutARebuild() throws Exception {
		PlacewiseEditor editor = sharedEditor();
		PlacewiseModelContext context = editor.context();
		SharedModelSource source = editor.getEditorInput().getAdapter(SharedModelSource.class);
		ModelExplorerView explorer = explorerShowing(editor, delegation(context.model(), COMMUNITY_BUDGET));
		List<Object> expanded = List.of(explorer.getViewer().getExpandedElements());
		IncrementalChecker checker = context.checker();
		int[] rebuilds = { 0 };
		PlacewiseModelContext.Listener counting = replaced -> rebuilds[0]++;
		context.addListener(counting);
		try {
			String id = delegateAsBob("Winter surge beds", "750000");
			waitFor(() -> source.marks().containsKey(id), "bob's new delegation arrives");
			assertEquals("added by bob", source.marks().get(id));
			Delegation surge = delegation(context.model(), id);
			assertEquals("Winter surge beds", surge.getScope());
			assertTrue(findingsOn(context, surge) > 0, "the checker has seen the new delegation (it has no delegator)");
			explorer.getViewer().reveal(surge);
			processEvents();
			assertNotNull(explorer.getViewer().testFindItem(surge), "the explorer shows it");
			assertEquals(0, rebuilds[0], "no view or page was built again");
			assertSame(checker, context.checker());
			assertTrue(List.of(explorer.getViewer().getExpandedElements()).containsAll(expanded),
					"the explorer keeps the branches the user opened");
		} finally {
			context.removeListener(counting);
		}
	}

	@Test
	@Order(12)
	void aDelegationAnotherClientRemovesGoesFromTheExplorerAndTheFindingsWithoutARebuild() throws Exception {
		PlacewiseEditor editor = sharedEditor();
		PlacewiseModelContext context = editor.context();
		SharedModelSource source = editor.getEditorInput().getAdapter(SharedModelSource.class);
		String id = delegateAsBob("Interim cover while the post is vacant", "50000");
		waitFor(() -> source.marks().containsKey(id), "bob's interim delegation arrives");
		Delegation interim = delegation(context.model(), id);
		assertTrue(findingsOn(context, interim) > 0, "the interim delegation has findings (it has no delegator)");
		ModelExplorerView explorer = explorerShowing(editor, interim);
		assertNotNull(explorer.getViewer().testFindItem(interim), "the explorer shows it");
		List<Object> expanded = List.of(explorer.getViewer().getExpandedElements());
		IncrementalChecker checker = context.checker();
		String modelId = context.model().getId();
		source.seen(List.of(context.model()));
		int[] rebuilds = { 0 };
		PlacewiseModelContext.Listener counting = replaced -> rebuilds[0]++;
		context.addListener(counting);
		List<CommitRecord> arrived = new ArrayList<>();
		Consumer<CommitRecord> arriving = arrived::add;
		source.addCommitListener(arriving);
		try {
			try (SharedModel model = bob.open(MODEL)) {
				model.model().getDelegations().remove(delegation(model.model(), id));
				model.commit("Interim cover no longer needed");
			}
			waitFor(() -> arrived.stream().anyMatch(commit -> commit.removed().contains(id)), "bob's removal arrives");
			assertTrue(context.model().getDelegations().stream().noneMatch(d -> d == interim),
					"the delegation is gone");
			assertEquals(0, rebuilds[0], "no view or page was built again");
			assertSame(checker, context.checker(), "the findings were re-checked where bob removed, not afresh");
			assertEquals(0, findingsOn(context, interim), "the removed delegation's findings are gone");
			assertNull(explorer.getViewer().testFindItem(interim), "the explorer no longer shows it");
			assertTrue(List.of(explorer.getViewer().getExpandedElements()).containsAll(expanded),
					"the explorer keeps the branches the user opened");
			assertEquals("changed by bob", source.marks().get(modelId), "the model it was removed from is marked");
			assertFalse(source.marks().containsKey(id), "the removed delegation's mark went with it");
		} finally {
			source.removeCommitListener(arriving);
			context.removeListener(counting);
		}
	}

	/** Bob commits a new delegation (with no delegator) of this scope and limit; returns its id. */
	private static String delegateAsBob(String scope, String limit) throws Exception {
		try (SharedModel model = bob.open(MODEL)) {
			Delegation delegation = GovernanceFactory.eINSTANCE.createDelegation();
			delegation.setScope(scope);
			delegation.setFinancialLimit(new BigDecimal(limit));
			model.model().getDelegations().add(delegation);
			model.commit(scope + " delegated");
			return delegation.getId();
		}
	}

	/**
	 * The Model Explorer showing the shared model, with the branches down to {@code object} and down to an object two
	 * levels below the model open.
	 */
	private static ModelExplorerView explorerShowing(PlacewiseEditor editor, Object object) throws Exception {
		page().activate(editor);
		ModelExplorerView explorer = (ModelExplorerView) page().showView(ModelExplorerView.ID);
		page().activate(editor);
		processEvents();
		explorer.getViewer().reveal(object);
		PlacewiseModel model = editor.context().model();
		for (var all = model.eAllContents(); all.hasNext();) {
			org.eclipse.emf.ecore.EObject nested = all.next();
			if (nested.eContainer() != model && nested.eContainer().eContainer() == model) {
				explorer.getViewer().reveal(nested);
				break;
			}
		}
		processEvents();
		return explorer;
	}

	private static void pressConnectAndWait(ConnectDialog dialog) throws InterruptedException {
		dialog.pressConnect();
		waitFor(() -> !dialog.isConnecting(), "the login is answered");
	}

	private static long findingsOn(PlacewiseModelContext context, Object target) {
		context.checker().recheck();
		return context.checker().findings().stream().map(Finding::target).filter(target::equals).count();
	}

	private static PlacewiseEditor sharedEditor() {
		for (var reference : page().getEditorReferences()) {
			if (reference.getEditor(false) instanceof PlacewiseEditor editor
					&& editor.getEditorInput().getAdapter(SharedModelSource.class) != null) {
				return editor;
			}
		}
		fail("the shared model is open");
		return null;
	}

	private static Delegation delegation(PlacewiseModel model, String id) {
		return model.getDelegations().stream().filter(d -> id.equals(d.getId())).findFirst().orElseThrow();
	}

	private static void run(PlacewiseModelContext context, Command command) {
		assertTrue(command.canExecute());
		context.commandStack().execute(command);
		processEvents();
	}

	private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
		long end = System.currentTimeMillis() + 60_000; // a hang guard, not a speed assertion
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail("waited a minute for: " + what);
			}
			processEvents();
			Thread.sleep(20);
		}
		processEvents();
	}

	/**
	 * With PLACEWISE_SCREENSHOTS=DIR (run on an X display with a window manager, e.g. Xvfb + openbox), takes a
	 * screenshot of the whole screen into DIR/NAME.png for the docs; does nothing otherwise.
	 */
	private static void screenshot(String name) throws IOException, InterruptedException {
		String directory = System.getenv("PLACEWISE_SCREENSHOTS");
		if (directory == null) {
			return;
		}
		processEvents();
		Thread.sleep(300);
		processEvents();
		Process grab = new ProcessBuilder("import", "-window", "root", Path.of(directory, name + ".png").toString())
				.inheritIO().start();
		while (grab.isAlive()) {
			processEvents();
			Thread.sleep(20);
		}
	}

	private static IWorkbenchWindow window() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow();
	}

	private static IWorkbenchPage page() {
		return window().getActivePage();
	}

	private static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain
		}
	}
}
