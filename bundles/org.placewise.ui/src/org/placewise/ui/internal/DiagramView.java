package org.placewise.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.placewise.checks.Finding;
import org.placewise.diagram.kinds.DiagramException;
import org.placewise.diagram.kinds.DiagramKind;
import org.placewise.diagram.kinds.DiagramOptions;
import org.placewise.diagram.kinds.DiagramScope;
import org.placewise.diagram.kinds.FindingsOverlay;
import org.placewise.diagram.kinds.PlacewiseDiagrams;
import org.placewise.diagram.layout.LaidOutScene;
import org.placewise.diagram.layout.Point;
import org.placewise.diagram.layout.SceneLayout;
import org.placewise.diagram.render.png.PngRenderer;
import org.placewise.diagram.render.svg.SvgRenderer;
import org.placewise.diagram.scene.Scene;
import org.placewise.diagram.scene.SceneEdge;
import org.placewise.diagram.ui.DiagramElement;
import org.placewise.diagram.ui.DiagramOverview;
import org.placewise.diagram.ui.DiagramPalette;
import org.placewise.diagram.ui.DiagramTool;
import org.placewise.diagram.ui.DiagramViewer;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.resource.Identities;

/**
 * The generated diagrams of the open model in the workbench, read and edited on the diagram itself: the same scenes and
 * layout as {@code placewise diagram}, drawn by the interactive {@link DiagramViewer} (zoom, fit, pan, keyboard) with
 * an overview for large diagrams. Selecting an element selects its model object, so the explorer and the Properties
 * view follow; an object selected elsewhere (explorer, findings) is highlighted and scrolled into view.
 * <p>
 * Editing: the palette's tools create boxes and arrows that fit the diagram (boards and committees, delegations and
 * reporting lines on the governance diagram; outcomes, programmes, measures and their links on the outcome tree), F2 or
 * a double-click renames, Delete deletes with the same warning as the explorer, a findings badge opens its findings,
 * Alt+Enter shows the properties. Each change is one command on the editor's command stack. After an edit the diagram
 * is redrawn over its old geometry when only text changed (no layout, only the changed elements are repainted), and
 * laid out again when its structure changed, keeping zoom, scroll and selection. Export writes the diagram as SVG or
 * PNG with the command line's renderers.
 */
public final class DiagramView extends ViewPart {

	/** The view id, as declared in plugin.xml. */
	public static final String ID = "org.placewise.ui.views.diagram";

	private static final String WHOLE_MODEL = "Whole model";
	/** More top-level footprints than this and the diagram opens on the first of them. */
	private static final int MANY_SYSTEMS = 3;
	private static final double[] ZOOMS = { 0.5, 0.75, 1.0, 1.5 };

	/** Largest PNG scale for an export: sharp on high-resolution screens, as the command line's default. */
	private static final double EXPORT_PNG_SCALE = 2;

	private final CommandStackListener redraw = event -> redrawLater();
	/** Someone reserved or released an object: its padlock comes or goes. */
	private final Runnable reservationsChanged = this::reservationsChanged;
	private ActiveModelTracker tracker;
	private PlacewiseModelContext context;
	private Combo kind;
	private Combo zoom;
	/** Which footprint the diagram is drawn for: the whole model, or one of its top-level footprints. */
	private Combo scope;
	private List<Footprint> scopeRoots = List.of();
	private Label status;
	private DiagramViewer viewer;
	private DiagramPalette palette;
	private LaidOutScene laidOut;
	private DiagramKind laidOutKind;
	private PropertySheetPage propertySheet;
	private boolean redrawPending;
	/** The model changed while the view was hidden (a tab behind another, minimised): draw when it shows again. */
	private boolean stale;
	private EObject toSelect;
	private String lastUpdate = "none";
	private String refusal;

	/**
	 * Highlights in the diagram what another part (explorer, findings) selects: a model object, or a finding's object
	 * (or, when that is not drawn, the nearest drawn object containing it: the one whose badge shows the finding).
	 */
	/** A hidden view does no work: the diagram is brought up to date when the view is shown again. */
	private final IPartListener2 visibility = new IPartListener2() {
		@Override
		public void partVisible(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == DiagramView.this && stale) {
				redrawLater();
			}
		}
	};

	private final ISelectionListener followOthers = (part, selection) -> {
		if (part == this || viewer == null || viewer.isDisposed() || laidOut == null
				|| !(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
			return;
		}
		if (structured.getFirstElement() instanceof Finding finding) {
			for (EObject o = finding.target(); o != null; o = o.eContainer()) {
				viewer.setSelection(new StructuredSelection(o));
				if (!viewer.getSelectedElements().isEmpty()) {
					return;
				}
			}
		} else if (structured.getFirstElement() instanceof EObject) {
			viewer.setSelection(structured);
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(8, false));
		new Label(parent, SWT.NONE).setText("Diagram:");
		kind = new Combo(parent, SWT.READ_ONLY);
		for (DiagramKind k : DiagramKind.values()) {
			kind.add(k.title());
		}
		kind.select(0);
		new Label(parent, SWT.NONE).setText("For:");
		scope = new Combo(parent, SWT.READ_ONLY);
		scope.setToolTipText(
				"Draw the diagram for the whole model or for one integrated care system (or other top-level"
						+ " footprint)");
		scope.add(WHOLE_MODEL);
		scope.select(0);
		new Label(parent, SWT.NONE).setText("Zoom:");
		zoom = new Combo(parent, SWT.READ_ONLY);
		for (double z : ZOOMS) {
			zoom.add(Math.round(z * 100) + "%");
		}
		zoom.add("Fit");
		zoom.select(1);
		Button export = new Button(parent, SWT.PUSH);
		export.setText("Export...");
		export.setToolTipText("Save the diagram as SVG or PNG");
		export.addListener(SWT.Selection, e -> exportWithDialog());
		status = new Label(parent, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		Composite body = new Composite(parent, SWT.NONE);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 8, 1));
		var bodyLayout = new GridLayout(3, false);
		bodyLayout.marginWidth = 0;
		bodyLayout.marginHeight = 0;
		body.setLayout(bodyLayout);
		viewer = new DiagramViewer(body, SWT.BORDER);
		palette = new DiagramPalette(body, viewer, "Create", "Nothing to create on this diagram");
		palette.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
		palette.moveAbove(viewer);
		viewer.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		DiagramOverview overview = new DiagramOverview(body, SWT.BORDER, viewer);
		var overviewData = new GridData(SWT.FILL, SWT.TOP, false, false);
		overviewData.widthHint = 220;
		overviewData.heightHint = 160;
		overview.setLayoutData(overviewData);
		// Tab order: the palette, then the diagram (Ctrl+Shift+Tab from the diagram goes back to the palette)
		body.setTabList(new org.eclipse.swt.widgets.Control[] { palette, viewer });
		viewer.setModelObjects(id -> context == null ? null : Identities.find(context.model(), id));
		viewer.setZoom(ZOOMS[1]);
		viewer.addToolListener(new DiagramTool.Listener() {
			@Override
			public void createNode(DiagramTool tool, DiagramElement container) {
				run(DiagramEditing.createNode(context.domain(), context.model(), tool,
						container == null ? null : object(container)));
			}

			@Override
			public void createConnection(DiagramTool tool, DiagramElement source, DiagramElement target) {
				run(DiagramEditing.connect(context.domain(), context.model(), tool, object(source), object(target)));
			}
		});
		viewer.addToolChangeListener(tool -> showStatus());
		viewer.addLabelEditListener((element, text) -> {
			EObject object = object(element);
			if (object != null) {
				run(DiagramEditing.relabel(context.domain(), object, !element.isNode(), text));
			}
		});
		viewer.addBadgeListener(this::revealFindings);
		viewer.addPropertiesListener(element -> showProperties());
		viewer.addOpenListener(element -> showProperties());
		kind.addListener(SWT.Selection, e -> redrawNow());
		scope.addListener(SWT.Selection, e -> {
			laidOut = null;
			redrawNow();
		});
		zoom.addListener(SWT.Selection, e -> applyZoom());
		createContextMenu();
		IHandlerService handlers = getSite().getService(IHandlerService.class);
		handlers.activateHandler(IWorkbenchCommandConstants.EDIT_DELETE, handler(this::deleteSelection));
		handlers.activateHandler(IWorkbenchCommandConstants.FILE_RENAME,
				handler(() -> viewer.editLabel(viewer.getFocusedElement())));
		handlers.activateHandler(IWorkbenchCommandConstants.FILE_PROPERTIES, handler(this::showProperties));
		getSite().setSelectionProvider(viewer);
		getSite().getPage().addSelectionListener(followOthers);
		getSite().getPage().addPartListener(visibility);
		tracker = new ActiveModelTracker(getSite().getPage(), this::show);
	}

	private static AbstractHandler handler(Runnable action) {
		return new AbstractHandler() {
			@Override
			public Object execute(ExecutionEvent event) {
				action.run();
				return null;
			}
		};
	}

	private void createContextMenu() {
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillContextMenu);
		viewer.setMenu(menu.createContextMenu(viewer));
	}

	private void fillContextMenu(IMenuManager menu) {
		DiagramElement focused = viewer.getFocusedElement();
		if (focused != null && object(focused) != null) {
			menu.add(action("Properties\tAlt+Enter", this::showProperties));
			if (viewer.labelText(focused) != null) {
				menu.add(action("Rename\tF2", () -> viewer.editLabel(focused)));
			}
			if (!focused.badges().isEmpty()) {
				menu.add(action("Show findings", () -> revealFindings(focused)));
			}
			menu.add(action("Delete\tDelete", this::deleteSelection));
			menu.add(new Separator());
		}
		if (context != null && laidOut != null) {
			MenuManager create = new MenuManager("Create");
			for (DiagramTool tool : palette.getTools()) {
				create.add(action(tool.label(), () -> {
					palette.choose(tool);
					viewer.setFocus();
				}));
			}
			menu.add(create);
		}
		menu.add(action("Export...", this::exportWithDialog));
	}

	private static Action action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	private void show(PlacewiseModelContext shown) {
		if (context != null) {
			context.commandStack().removeCommandStackListener(redraw);
			context.objectMarks().removeListener(reservationsChanged);
		}
		context = shown;
		laidOut = null;
		chooseDefaultScope();
		if (context != null) {
			context.commandStack().addCommandStackListener(redraw);
			ObjectMarks marks = context.objectMarks();
			marks.addListener(reservationsChanged);
			if (viewer != null && !viewer.isDisposed()) {
				viewer.setMarks(marks == ObjectMarks.NONE ? null : marks::reservation);
			}
		} else if (viewer != null && !viewer.isDisposed()) {
			viewer.setMarks(null);
		}
		if (getSite().getPage().isPartVisible(this)) {
			redrawNow();
		} else {
			stale = true;
		}
	}

	private void reservationsChanged() {
		if (viewer != null && !viewer.isDisposed()) {
			viewer.redraw();
		}
	}

	/** @return the diagram kind shown */
	public DiagramKind kind() {
		return DiagramKind.values()[kind.getSelectionIndex()];
	}

	/** Shows another kind of diagram. */
	public void show(DiagramKind diagramKind) {
		kind.select(diagramKind.ordinal());
		redrawNow();
	}

	/** @return the laid-out diagram shown, or {@code null} when there is none (for tests) */
	public LaidOutScene laidOut() {
		return laidOut;
	}

	/** @return the interactive viewer drawing the diagram (for tests) */
	public DiagramViewer viewer() {
		return viewer;
	}

	/** @return the palette of creation tools (for tests) */
	public DiagramPalette palette() {
		return palette;
	}

	/** @return what the view says above the diagram (for tests) */
	public String status() {
		return status.getText();
	}

	/**
	 * @return how the diagram was last brought up to date: "layout" (laid out again), "relabel" (redrawn over the old
	 *         geometry), or "none" (for tests)
	 */
	public String lastUpdate() {
		return lastUpdate;
	}

	private void applyZoom() {
		int chosen = zoom.getSelectionIndex();
		if (chosen >= ZOOMS.length) {
			viewer.zoomToFit();
		} else {
			viewer.setZoom(ZOOMS[chosen]);
		}
	}

	/**
	 * A model of many systems (a region, England) opens on its first system: the whole of England is a diagram of
	 * thousands of boxes that takes seconds to lay out after every change and cannot be read on a screen; "Whole model"
	 * stays one choice away.
	 */
	private void chooseDefaultScope() {
		refreshScopeChoices();
		scope.select(scopeRoots.size() > MANY_SYSTEMS ? 1 : 0);
	}

	/** The top-level footprints as choices, kept in step with the model (one is added, renamed or deleted). */
	private void refreshScopeChoices() {
		List<Footprint> roots = context == null ? List.of() : List.copyOf(context.model().getFootprints());
		List<String> names = new ArrayList<>(roots.size() + 1);
		names.add(WHOLE_MODEL);
		roots.forEach(f -> names.add(PlacewiseLabels.name(f)));
		if (!java.util.Arrays.asList(scope.getItems()).equals(names)) {
			Footprint selected = scopeRoot();
			scopeRoots = roots;
			scope.setItems(names.toArray(String[]::new));
			int index = selected == null ? 0 : roots.indexOf(selected) + 1;
			scope.select(Math.max(index, 0));
			scope.getParent().layout(true);
		} else {
			scopeRoots = roots;
		}
	}

	/** @return the footprint the diagram is drawn for, or {@code null} for the whole model */
	private Footprint scopeRoot() {
		int index = scope.getSelectionIndex();
		return index <= 0 || index > scopeRoots.size() ? null : scopeRoots.get(index - 1);
	}

	/** Shows the diagram for one top-level footprint, or the whole model with {@code null} (for tests and links). */
	public void showScope(Footprint root) {
		refreshScopeChoices();
		scope.select(root == null ? 0 : scopeRoots.indexOf(root) + 1);
		laidOut = null;
		redrawNow();
	}

	/** @return the name of what the diagram is drawn for (for tests) */
	public String scopeName() {
		return scope.getText();
	}

	private void redrawLater() {
		if (!getSite().getPage().isPartVisible(this)) {
			// no layout of a diagram nobody sees (an England systems diagram costs seconds per structural edit)
			stale = true;
			return;
		}
		if (!redrawPending) {
			// several commands in a row (a quick fix, Undo after Undo) redraw once
			redrawPending = true;
			viewer.getDisplay().asyncExec(this::redrawNow);
		}
	}

	/** Brings the diagram up to date with the model now, as the view does after each edit. */
	public void redrawNow() {
		redrawPending = false;
		stale = false;
		if (viewer.isDisposed()) {
			return;
		}
		DiagramKind shownKind = kind();
		if (shownKind != laidOutKind) {
			palette.setTools(DiagramEditing.tools(shownKind));
			laidOut = null;
		}
		if (context == null) {
			laidOut = null;
			refusal = null;
			viewer.setScene(null);
			status.setText("Open a model to see its diagrams.");
			status.getParent().layout(true);
			return;
		}
		refreshScopeChoices();
		try {
			// the editor's incremental checker: the same findings as a full check, without re-running it per edit
			Footprint root = scopeRoot();
			DiagramOptions options = (root == null ? DiagramOptions.defaults()
					: DiagramOptions.defaults().withScope(DiagramScope.all().withRoot(root))).withFindings(
							FindingsOverlay.of(context.checker().findings())
									.atLeast(org.placewise.checks.Severity.WARNING));
			Scene scene = PlacewiseDiagrams.scene(shownKind, context.model(), options);
			var layout = new SceneLayout(shownKind.flow());
			SceneLayout.Relabelled relabelled = laidOut == null ? null : layout.relabel(laidOut, scene);
			if (relabelled != null) {
				laidOut = relabelled.laidOut();
				lastUpdate = "relabel";
				viewer.updateScene(laidOut, relabelled.changed(), relabelled.headerChanged());
			} else {
				laidOut = layout.layout(scene);
				lastUpdate = "layout";
				viewer.setScene(laidOut);
			}
		} catch (DiagramException | IllegalArgumentException e) {
			laidOut = null;
			viewer.setScene(null);
			refusal = e.getMessage();
		}
		laidOutKind = shownKind;
		if (toSelect != null) {
			EObject selected = toSelect;
			toSelect = null;
			viewer.setSelection(new StructuredSelection(selected));
			if (!viewer.getSelectedElements().isEmpty()) {
				// the explorer and the Properties view follow the diagram's selection
				viewer.setFocus();
			}
		}
		showStatus();
	}

	private void showStatus() {
		if (status.isDisposed()) {
			return;
		}
		String text;
		if (refusal != null) {
			text = refusal;
		} else if (viewer.getTool() != null) {
			text = viewer.getConnectionSource() == null ? viewer.getTool().hint()
					: viewer.getTool().hint() + " (Escape cancels)";
		} else if (laidOut != null) {
			text = kind().title() + ": " + PlacewiseLabels.count(laidOut.nodes().size(), "element", "elements");
		} else {
			text = "";
		}
		// "&&": a label shows a single "&" as a mnemonic underline
		status.setText(text.replace("&", "&&"));
		status.getParent().layout(true);
	}

	/** Runs a change asked for on the diagram, or says why it cannot be made. */
	private void run(DiagramEditing.Edit edit) {
		refusal = edit.refusal();
		if (edit.command() == null || !edit.command().canExecute()) {
			refusal = refusal == null ? "That change cannot be made here." : refusal;
			showStatus();
			return;
		}
		toSelect = edit.selected();
		context.commandStack().execute(edit.command());
	}

	private EObject object(DiagramElement element) {
		return context == null || element.objectId() == null ? null
				: Identities.find(context.model(), element.objectId());
	}

	private EObject endObject(String nodeId) {
		var node = laidOut.scene().nodesById().get(nodeId);
		return node == null || node.objectId() == null ? null : Identities.find(context.model(), node.objectId());
	}

	/**
	 * Deletes what is selected on the diagram after saying what else goes, as the explorer does: a box deletes its
	 * object; an arrow that is an object of its own (a delegation) deletes it; an arrow that only links two boxes (a
	 * reporting line, a programme serving an outcome) clears the link. One command.
	 */
	public void deleteSelection() {
		if (context == null || laidOut == null) {
			return;
		}
		Set<EObject> deleted = Collections.newSetFromMap(new IdentityHashMap<>());
		var unlinks = new ArrayList<Command>();
		var edges = laidOut.scene().edges();
		var nodeObjects = new java.util.HashSet<String>();
		laidOut.scene().nodesById().values().forEach(n -> nodeObjects.add(n.objectId()));
		for (DiagramElement el : viewer.getSelectedElements()) {
			EObject object = object(el);
			if (object == null || object == context.model()) {
				continue;
			}
			if (el.isNode() || !nodeObjects.contains(el.objectId())) {
				deleted.add(object);
				continue;
			}
			SceneEdge edge = edges.stream().filter(e -> e.id().equals(el.id())).findFirst().orElseThrow();
			Command unlink = DiagramEditing.unlink(context.domain(), edge.styleKey(), object,
					endObject(edge.sourceId()), endObject(edge.targetId()));
			if (unlink != null) {
				unlinks.add(unlink);
			}
		}
		if (deleted.isEmpty() && unlinks.isEmpty()) {
			refusal = "Nothing selected on the diagram can be deleted from here.";
			showStatus();
			return;
		}
		var all = new CompoundCommand(deleted.size() == 1 && unlinks.isEmpty()
				? "Delete " + CommandLabels.quoted(deleted.iterator().next())
				: "Delete from the diagram");
		unlinks.forEach(all::append);
		String question;
		if (!deleted.isEmpty()) {
			all.append(ModelEditing.deleteCommand(context, List.copyOf(deleted)));
			question = ModelEditing.deletionSummary(context, List.copyOf(deleted));
			if (!unlinks.isEmpty()) {
				question = question.replace("\n\nYou can undo", "\n\nAlso removed: "
						+ PlacewiseLabels.count(unlinks.size(), "link", "links") + " between boxes.\n\nYou can undo");
			}
		} else {
			question = "Remove " + PlacewiseLabels.count(unlinks.size(), "link", "links")
					+ " from the model? Both ends stay.\n\nYou can undo this with Edit > Undo (Ctrl+Z).";
		}
		if (!all.canExecute()) {
			return;
		}
		MessageDialog confirm = new MessageDialog(getSite().getShell(), "Delete", null, question,
				MessageDialog.QUESTION, 0, "Delete", "Cancel");
		if (confirm.open() == 0) {
			refusal = null;
			context.commandStack().execute(all);
		}
	}

	/** Shows the Properties view on what the diagram selects (Alt+Enter, Enter, double-click). */
	public void showProperties() {
		try {
			getSite().getPage().showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			refusal = "The Properties view cannot be shown: " + e.getMessage();
			showStatus();
		}
	}

	/**
	 * Opens the Findings view on the findings a badge stands for: those on the element's object and on the objects
	 * inside it that the diagram does not draw (the ones the badge gathers). The Findings table selects one row at a
	 * time: the first of them (the most severe) is selected and shown with its explanation, and the status line says
	 * how many there are.
	 *
	 * @param element an element with a badge
	 */
	public void revealFindings(DiagramElement element) {
		EObject object = object(element);
		if (context == null || object == null) {
			return;
		}
		var drawn = new java.util.HashSet<String>();
		laidOut.scene().nodesById().values().forEach(n -> drawn.add(n.objectId()));
		laidOut.scene().edges().forEach(e -> drawn.add(e.objectId()));
		drawn.remove(null);
		try {
			IViewPart part = getSite().getPage().showView(FindingsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
			if (part instanceof FindingsView findings) {
				var wanted = new ArrayList<Finding>();
				for (Object shown : findings.shownFindings()) {
					if (shown instanceof Finding f && shownOn(f.target(), object, drawn)) {
						wanted.add(f);
					}
				}
				findings.viewer().setSelection(
						wanted.isEmpty() ? StructuredSelection.EMPTY : new StructuredSelection(wanted.get(0)), true);
				refusal = wanted.isEmpty() ? "The Findings view hides the findings of " + element.name()
						+ " (see its filters)."
						: PlacewiseLabels.count(wanted.size(), "finding", "findings") + " on " + element.name()
								+ "; the first is selected in Findings.";
				showStatus();
				refusal = null;
				getSite().getPage().activate(findings);
			}
		} catch (PartInitException e) {
			refusal = "The Findings view cannot be shown: " + e.getMessage();
			showStatus();
		}
	}

	/** Whether a finding on {@code target} is shown on {@code element}'s badge: the nearest drawn container. */
	private static boolean shownOn(EObject target, EObject element, Set<String> drawn) {
		for (EObject o = target; o != null; o = o.eContainer()) {
			if (o == element) {
				return true;
			}
			String id = org.eclipse.emf.ecore.util.EcoreUtil.getID(o);
			if (id != null && drawn.contains(id)) {
				return false;
			}
		}
		return false;
	}

	private void exportWithDialog() {
		if (laidOut == null) {
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText("Export diagram");
		dialog.setFilterExtensions(new String[] { "*.svg", "*.png" });
		dialog.setFilterNames(new String[] { "SVG (*.svg)", "PNG (*.png)" });
		dialog.setFileName(kind().id() + ".svg");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path file = Path.of(chosen);
		if (!file.getFileName().toString().contains(".")) {
			file = file.resolveSibling(file.getFileName() + (dialog.getFilterIndex() == 1 ? ".png" : ".svg"));
		}
		try {
			export(file);
			refusal = null;
			status.setText("Exported to " + file.getFileName());
		} catch (IOException | DiagramException e) {
			MessageDialog.openError(getSite().getShell(), "Export diagram", e.getMessage());
		}
	}

	/**
	 * Writes the diagram shown with the command line's renderers: SVG, or PNG (at twice the size, less when that would
	 * be too large for a PNG). The file is replaced only once the new one is complete.
	 *
	 * @param file a {@code .svg} or {@code .png} file
	 * @throws IOException      when it cannot be written
	 * @throws DiagramException when there is no diagram or the name says neither SVG nor PNG
	 */
	public void export(Path file) throws IOException {
		if (laidOut == null) {
			throw new DiagramException("There is no diagram to export.");
		}
		String name = file.getFileName().toString();
		String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
		PlacewiseDiagrams.Format format = PlacewiseDiagrams.Format.parse(extension.toLowerCase(Locale.ROOT));
		byte[] bytes;
		if (format == PlacewiseDiagrams.Format.SVG) {
			bytes = new SvgRenderer().renderBytes(laidOut);
		} else {
			double scale = Math.min(EXPORT_PNG_SCALE,
					(PngRenderer.MAX_SIDE - 1) / Math.max(laidOut.width(), laidOut.height()));
			bytes = new PngRenderer(scale).render(laidOut);
		}
		Path folder = file.toAbsolutePath().getParent();
		Path temporary = Files.createTempFile(folder, ".export-", ".part");
		try {
			Files.write(temporary, bytes);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** Selects the topmost element under a point of the diagram (in layout units), as a click there does. */
	void select(double x, double y) {
		if (laidOut == null || context == null) {
			return;
		}
		org.eclipse.swt.graphics.Point at = viewer.toWindow(new Point(x, y));
		DiagramElement hit = viewer.elementAt(at.x, at.y);
		viewer.setSelectedElements(hit == null ? List.of() : List.of(hit));
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			if (propertySheet == null) {
				propertySheet = new PropertySheetPage();
				propertySheet.setPropertySourceProvider(object -> context == null ? null
						: new ModelPropertySource(object, context.adapterFactory(), context.objectMarks()));
			}
			return adapter.cast(propertySheet);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void setFocus() {
		viewer.setFocus();
	}

	@Override
	public void dispose() {
		tracker.dispose();
		getSite().getPage().removePartListener(visibility);
		getSite().getPage().removeSelectionListener(followOthers);
		if (context != null) {
			context.commandStack().removeCommandStackListener(redraw);
			context.objectMarks().removeListener(reservationsChanged);
		}
		super.dispose();
	}
}
