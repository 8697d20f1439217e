package org.placewise.ui.internal;

import java.io.ByteArrayInputStream;
import java.util.Comparator;
import java.util.Optional;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.placewise.diagram.kinds.DiagramException;
import org.placewise.diagram.kinds.DiagramKind;
import org.placewise.diagram.kinds.DiagramOptions;
import org.placewise.diagram.kinds.FindingsOverlay;
import org.placewise.diagram.kinds.PlacewiseDiagrams;
import org.placewise.diagram.layout.LaidOutScene;
import org.placewise.diagram.layout.PlacedNode;
import org.placewise.diagram.render.png.PngRenderer;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.resource.Identities;

/**
 * The generated diagrams of the open model in the workbench: the same scenes, layout and renderer as
 * {@code placewise diagram}, redrawn after every edit. Clicking an element selects its model object, so the Properties
 * view shows it.
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
	private ScrolledComposite scroller;
	private Canvas canvas;
	private Image image;
	private LaidOutScene laidOut;
	private double scale = 1.0;
	private final StructuredSelectionProvider selection = new StructuredSelectionProvider();

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
		zoom.select(1);
		status = new Label(parent, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
		canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		scroller.setContent(canvas);
		canvas.addPaintListener(e -> {
			if (image != null && !image.isDisposed()) {
				e.gc.drawImage(image, 0, 0);
			}
		});
		canvas.addListener(SWT.MouseDown, e -> select(e.x / scale, e.y / scale));
		kind.addListener(SWT.Selection, e -> redrawNow());
		zoom.addListener(SWT.Selection, e -> redrawNow());
		getSite().setSelectionProvider(selection);
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

	private void redrawLater() {
		canvas.getDisplay().asyncExec(this::redrawNow);
	}

	private void redrawNow() {
		if (canvas.isDisposed()) {
			return;
		}
		disposeImage();
		laidOut = null;
		if (context == null) {
			status.setText("Open a model to see its diagrams.");
		} else {
			scale = ZOOMS[zoom.getSelectionIndex()];
			try {
				// the editor's incremental checker: the same findings as a full check, without re-running it per edit
				DiagramOptions options = DiagramOptions.defaults()
						.withFindings(FindingsOverlay.of(context.checker().findings())
								.atLeast(org.placewise.checks.Severity.WARNING));
				laidOut = PlacewiseDiagrams.layout(kind(), PlacewiseDiagrams.scene(kind(), context.model(), options));
				byte[] png = new PngRenderer(scale).render(laidOut);
				image = new Image(canvas.getDisplay(), new ByteArrayInputStream(png));
				// "&&": a label shows a single "&" as a mnemonic underline
				status.setText(kind().title().replace("&", "&&") + ": "
						+ PlacewiseLabels.count(laidOut.nodes().size(), "element", "elements"));
			} catch (DiagramException | IllegalArgumentException e) {
				status.setText(e.getMessage());
			}
		}
		org.eclipse.swt.graphics.Point size = image == null ? new org.eclipse.swt.graphics.Point(1, 1)
				: new org.eclipse.swt.graphics.Point(image.getBounds().width, image.getBounds().height);
		canvas.setSize(size);
		status.getParent().layout(true);
		canvas.redraw();
	}

	/** Selects the innermost element under a point of the diagram (in layout units). */
	void select(double x, double y) {
		if (laidOut == null || context == null) {
			return;
		}
		Optional<PlacedNode> hit = laidOut.nodes().stream()
				.filter(n -> n.node().objectId() != null)
				.filter(n -> x >= n.bounds().x() && x <= n.bounds().right() && y >= n.bounds().y()
						&& y <= n.bounds().bottom())
				.max(Comparator.comparingInt(PlacedNode::depth));
		hit.map(n -> Identities.find(context.model(), n.node().objectId())).ifPresent(this::selectObject);
	}

	private void selectObject(EObject object) {
		if (object != null) {
			// the Model Explorer follows this selection and reveals the object
			selection.setSelection(new StructuredSelection(object));
		}
	}

	private void disposeImage() {
		if (image != null && !image.isDisposed()) {
			image.dispose();
		}
		image = null;
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}

	@Override
	public void dispose() {
		tracker.dispose();
		if (context != null) {
			context.commandStack().removeCommandStackListener(redraw);
		}
		disposeImage();
		super.dispose();
	}
}
