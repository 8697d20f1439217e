package org.placewise.ui.internal;

import java.util.List;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;
import org.placewise.diagram.kinds.DiagramException;
import org.placewise.diagram.kinds.DiagramKind;
import org.placewise.diagram.kinds.DiagramOptions;
import org.placewise.diagram.kinds.FindingsOverlay;
import org.placewise.diagram.kinds.PlacewiseDiagrams;
import org.placewise.diagram.layout.LaidOutScene;
import org.placewise.diagram.layout.Point;
import org.placewise.diagram.ui.DiagramElement;
import org.placewise.diagram.ui.DiagramViewer;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.resource.Identities;

/**
 * The generated diagrams of the open model in the workbench: the same scenes and layout as {@code placewise diagram},
 * drawn by the interactive {@link DiagramViewer} (zoom with Ctrl+wheel or Ctrl+= / Ctrl+-, fit with Ctrl+1, pan by
 * dragging, Tab and the arrow keys to move between elements) and laid out again after every edit, keeping zoom, scroll
 * and selection. Selecting an element selects its model object, so the explorer and the Properties view follow; an
 * object selected elsewhere (explorer, findings) is highlighted and scrolled into view.
 */
public final class DiagramView extends ViewPart {

	/** The view id, as declared in plugin.xml. */
	public static final String ID = "org.placewise.ui.views.diagram";

	private static final double[] ZOOMS = { 0.5, 0.75, 1.0, 1.5 };

	private final CommandStackListener redraw = event -> redrawLater();
	private ActiveModelTracker tracker;
	private PlacewiseModelContext context;
	private Combo kind;
	private Combo zoom;
	private Label status;
	private DiagramViewer viewer;
	private LaidOutScene laidOut;

	/** Highlights in the diagram what another part (explorer, findings) selects. */
	private final ISelectionListener followOthers = (part, selection) -> {
		if (part == this || viewer == null || viewer.isDisposed() || laidOut == null
				|| !(selection instanceof IStructuredSelection structured) || structured.isEmpty()
				|| !(structured.getFirstElement() instanceof EObject)) {
			return;
		}
		viewer.setSelection(structured);
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(5, false));
		new Label(parent, SWT.NONE).setText("Diagram:");
		kind = new Combo(parent, SWT.READ_ONLY);
		for (DiagramKind k : DiagramKind.values()) {
			kind.add(k.title());
		}
		kind.select(0);
		new Label(parent, SWT.NONE).setText("Zoom:");
		zoom = new Combo(parent, SWT.READ_ONLY);
		for (double z : ZOOMS) {
			zoom.add(Math.round(z * 100) + "%");
		}
		zoom.add("Fit");
		zoom.select(1);
		status = new Label(parent, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		viewer = new DiagramViewer(parent, SWT.BORDER);
		viewer.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
		viewer.setModelObjects(id -> context == null ? null : Identities.find(context.model(), id));
		viewer.setZoom(ZOOMS[1]);
		kind.addListener(SWT.Selection, e -> redrawNow());
		zoom.addListener(SWT.Selection, e -> applyZoom());
		getSite().setSelectionProvider(viewer);
		getSite().getPage().addSelectionListener(followOthers);
		tracker = new ActiveModelTracker(getSite().getPage(), this::show);
	}

	private void show(PlacewiseModelContext shown) {
		if (context != null) {
			context.commandStack().removeCommandStackListener(redraw);
		}
		context = shown;
		if (context != null) {
			context.commandStack().addCommandStackListener(redraw);
		}
		redrawNow();
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

	private void applyZoom() {
		int chosen = zoom.getSelectionIndex();
		if (chosen >= ZOOMS.length) {
			viewer.zoomToFit();
		} else {
			viewer.setZoom(ZOOMS[chosen]);
		}
	}

	private void redrawLater() {
		viewer.getDisplay().asyncExec(this::redrawNow);
	}

	private void redrawNow() {
		if (viewer.isDisposed()) {
			return;
		}
		laidOut = null;
		if (context == null) {
			status.setText("Open a model to see its diagrams.");
		} else {
			try {
				// the editor's incremental checker: the same findings as a full check, without re-running it per edit
				DiagramOptions options = DiagramOptions.defaults()
						.withFindings(FindingsOverlay.of(context.checker().findings())
								.atLeast(org.placewise.checks.Severity.WARNING));
				laidOut = PlacewiseDiagrams.layout(kind(), PlacewiseDiagrams.scene(kind(), context.model(), options));
				// "&&": a label shows a single "&" as a mnemonic underline
				status.setText(kind().title().replace("&", "&&") + ": "
						+ PlacewiseLabels.count(laidOut.nodes().size(), "element", "elements"));
			} catch (DiagramException | IllegalArgumentException e) {
				status.setText(e.getMessage());
			}
		}
		viewer.setScene(laidOut);
		status.getParent().layout(true);
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
	public void setFocus() {
		viewer.setFocus();
	}

	@Override
	public void dispose() {
		tracker.dispose();
		getSite().getPage().removeSelectionListener(followOthers);
		if (context != null) {
			context.commandStack().removeCommandStackListener(redraw);
		}
		super.dispose();
	}
}
