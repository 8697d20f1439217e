package org.placewise.repository.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.placewise.diagram.kinds.DiagramKind;
import org.placewise.diagram.ui.DiagramElement;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.repository.ui.SharedModelSource;
import org.placewise.repository.ui.SharedModels;
import org.placewise.store.repository.RepositoryConnection;
import org.placewise.store.repository.SharedModel;
import org.placewise.ui.internal.DiagramView;
import org.placewise.ui.internal.ModelPropertySource;
import org.placewise.ui.internal.PlacewiseEditor;
import org.placewise.ui.internal.PlacewiseModelContext;
import org.placewise.ui.internal.register.DelegationRegisterPart;
import org.placewise.ui.internal.register.RegisterColumn;

/**
 * Another user's reservation, against a real server in its own JVM, as alice's workbench shows it everywhere the
 * delegation is shown: the register's Reserved by column, a padlock on the diagram, a "Reserved by" line in Properties;
 * and an Undo of alice's own earlier edit to it is refused by the editor itself, naming the holder.
 */
class ReservationShownEverywhereTest {

	private static final String MODEL = "/exampleshire/reserved";
	/** "Community services budget". */
	private static final String COMMUNITY_BUDGET = "c7e58e03-5db7-3c07-ad94-708c5179c2d9";

	private static ServerProcess server;
	private static RepositoryConnection alice;
	private static RepositoryConnection bob;

	@BeforeAll
	static void startServer() throws Exception {
		server = ServerProcess.start();
		if (System.getenv("PLACEWISE_SCREENSHOTS") != null) {
			PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1600, 1000);
		}
		alice = connect("alice");
		alice.importFile(Path.of("../../samples/exampleshire-scheme-of-delegation.placewise").toAbsolutePath(), MODEL,
				"Scheme of delegation as agreed in March");
		bob = connect("bob");
	}

	@AfterAll
	static void stopServer() throws Exception {
		page().closeAllEditors(false);
		if (alice != null) {
			alice.close();
		}
		if (bob != null) {
			bob.close();
		}
		if (server != null) {
			server.close();
		}
	}

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
		processEvents();
	}

	private static RepositoryConnection connect(String user) throws Exception {
		return RepositoryConnection.connect("127.0.0.1", server.port, user, ServerProcess.PASSWORD.toCharArray());
	}

	@Test
	void anotherUsersReservationShowsInTheRegisterTheDiagramAndProperties() throws Exception {
		PlacewiseEditor editor = SharedModels.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow(), alice, MODEL);
		assertNotNull(editor);
		PlacewiseModelContext context = editor.context();
		SharedModelSource source = editor.getEditorInput().getAdapter(SharedModelSource.class);
		Delegation budget = delegation(context.model(), COMMUNITY_BUDGET);
		DelegationRegisterPart register = editor.showRegister();
		processEvents();
		assertTrue(register.columns().contains(RegisterColumn.RESERVED_BY), "a shared model's register has the column");
		assertEquals("", cell(register, budget, RegisterColumn.RESERVED_BY));
		DiagramView diagram = (DiagramView) page().showView(DiagramView.ID);
		diagram.show(DiagramKind.GOVERNANCE);
		page().activate(editor);
		processEvents();
		DiagramElement arrow = element(diagram, COMMUNITY_BUDGET);
		assertEquals(null, diagram.viewer().markOf(arrow));

		try (SharedModel bobs = bob.open(MODEL)) {
			bobs.reserve(delegation(bobs.model(), COMMUNITY_BUDGET));
			waitFor(() -> source.reservationMarks().containsKey(COMMUNITY_BUDGET), "bob's reservation is seen");

			String inRegister = cell(register, budget, RegisterColumn.RESERVED_BY);
			assertTrue(inRegister.startsWith("bob since "), inRegister);
			String onDiagram = diagram.viewer().markOf(element(diagram, COMMUNITY_BUDGET));
			assertEquals(inRegister, onDiagram, "the diagram's padlock says the same");
			ModelPropertySource properties = new ModelPropertySource(budget, context.adapterFactory(),
					context.objectMarks());
			IPropertyDescriptor first = properties.getPropertyDescriptors()[0];
			assertEquals("Reserved by", first.getDisplayName());
			assertEquals(inRegister, properties.getPropertyValue(ModelPropertySource.RESERVED_BY));
			screenshots(editor, diagram, budget);

			bobs.release(delegation(bobs.model(), COMMUNITY_BUDGET));
			waitFor(() -> !source.reservationMarks().containsKey(COMMUNITY_BUDGET), "the release is seen");
			assertEquals("", cell(register, budget, RegisterColumn.RESERVED_BY));
			assertEquals(null, diagram.viewer().markOf(element(diagram, COMMUNITY_BUDGET)));
			assertFalse(Arrays.stream(new ModelPropertySource(budget, context.adapterFactory(), context.objectMarks())
					.getPropertyDescriptors()).anyMatch(d -> ModelPropertySource.RESERVED_BY.equals(d.getId())));
		}
	}

	@Test
	void undoOfAnEditMadeBeforeSomeoneElseReservedTheObjectIsRefusedNamingThem() throws Exception {
		PlacewiseEditor editor = SharedModels.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow(), alice, MODEL);
		PlacewiseModelContext context = editor.context();
		SharedModelSource source = editor.getEditorInput().getAdapter(SharedModelSource.class);
		List<String> told = new ArrayList<>();
		source.setInformer(told::add);
		Delegation budget = delegation(context.model(), COMMUNITY_BUDGET);
		String scope = budget.getScope();
		Command edit = SetCommand.create(context.domain(), budget, GovernancePackage.Literals.DELEGATION__SCOPE,
				"Drafted before bob reserved it");
		context.commandStack().execute(edit);
		processEvents();
		assertEquals("Drafted before bob reserved it", budget.getScope());

		try (SharedModel bobs = bob.open(MODEL)) {
			bobs.reserve(delegation(bobs.model(), COMMUNITY_BUDGET));
			waitFor(() -> source.reservationMarks().containsKey(COMMUNITY_BUDGET), "bob's reservation is seen");

			assertTrue(context.commandStack().canUndo());
			context.commandStack().undo();
			waitFor(() -> !told.isEmpty(), "the refusal is told");
			assertTrue(told.get(0).contains("is reserved by bob since "), told.toString());
			assertTrue(told.get(0).contains("Only bob can change it"), told.toString());
			assertEquals("Drafted before bob reserved it", budget.getScope(), "the undo changed nothing");
			assertEquals(edit, context.commandStack().getUndoCommand(), "the edit can still be undone later");

			bobs.release(delegation(bobs.model(), COMMUNITY_BUDGET));
			waitFor(() -> !source.reservationMarks().containsKey(COMMUNITY_BUDGET), "the release is seen");
			context.commandStack().undo();
			processEvents();
			assertEquals(scope, budget.getScope(), "undone once bob released it");
		}
	}

	private static DiagramElement element(DiagramView diagram, String objectId) {
		return diagram.viewer().getElements().stream().filter(e -> objectId.equals(e.objectId())).findFirst()
				.orElseThrow(() -> new AssertionError("the diagram shows " + objectId));
	}

	private static String cell(DelegationRegisterPart register, Delegation row, RegisterColumn column) {
		register.refresh();
		processEvents();
		Table table = register.viewer().getTable();
		int index = register.shownDelegations().indexOf(row);
		assertTrue(index >= 0, "row shown");
		return table.getItem(index).getText(register.columns().indexOf(column));
	}

	private static Delegation delegation(PlacewiseModel model, String id) {
		return model.getDelegations().stream().filter(d -> id.equals(d.getId())).findFirst().orElseThrow();
	}

	/** With PLACEWISE_SCREENSHOTS=DIR: the register and the diagram with bob's reservation, for the docs. */
	private static void screenshots(PlacewiseEditor editor, DiagramView diagram, Delegation budget)
			throws Exception {
		if (System.getenv("PLACEWISE_SCREENSHOTS") == null) {
			return;
		}
		page().activate(editor);
		editor.showRegister().viewer().setSelection(new StructuredSelection(budget), true);
		page().showView("org.eclipse.ui.views.PropertySheet");
		page().activate(editor);
		screenshot("repository-reserved-register");
		page().activate(diagram);
		diagram.viewer().setSelectedElements(List.of(element(diagram, COMMUNITY_BUDGET)));
		screenshot("repository-reserved-diagram");
	}

	private static void screenshot(String name) throws IOException, InterruptedException {
		processEvents();
		Thread.sleep(300);
		processEvents();
		Process grab = new ProcessBuilder("import", "-window", "root",
				Path.of(System.getenv("PLACEWISE_SCREENSHOTS"), name + ".png").toString()).inheritIO().start();
		while (grab.isAlive()) {
			processEvents();
			Thread.sleep(20);
		}
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

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain
		}
	}
}
