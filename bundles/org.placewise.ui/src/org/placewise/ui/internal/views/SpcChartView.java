package org.placewise.ui.internal.views;

import java.util.EventObject;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleControlAdapter;
import org.eclipse.swt.accessibility.AccessibleControlEvent;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.placewise.checks.Finding;
import org.placewise.diagram.chart.SpcChartPainter;
import org.placewise.diagram.chart.SpcIcons;
import org.placewise.diagram.ui.SwtCanvas;
import org.placewise.diagram.ui.SwtResources;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.Observation;
import org.placewise.model.measures.TrajectoryPoint;
import org.placewise.outcomes.MeasureSpc;
import org.placewise.spc.Assurance;
import org.placewise.spc.SpcAnalysis;
import org.placewise.spc.SpcResult;
import org.placewise.spc.Variation;
import org.placewise.ui.internal.ActiveModelTracker;
import org.placewise.ui.internal.PlacewiseModelContext;

/**
 * The SPC chart of the selected measure (selected in the explorer, the editor's pages, the Findings view or the
 * diagram; an observation selects its measure): the Making Data Count XmR chart with its mean, process limits, target
 * and special-cause points coloured, drawn by the same {@link SpcChartPainter} as the leaders' pack on the workbench's
 * {@link SwtCanvas}, with the variation and assurance icons of the latest point above it. With fewer than 15
 * observations the view says in words that there is not enough data for process limits and shows a run chart. It is
 * drawn again after every edit, Undo and Redo of the model. A screen reader is given the chart's name and a paragraph
 * saying what it shows (the same description the pack's charts carry).
 */
public final class SpcChartView extends ViewPart {

	/** The view id, as declared in plugin.xml. */
	public static final String ID = "org.placewise.ui.views.spcChart";

	/** What the view says when no measure is selected. */
	static final String NO_MEASURE = "Select a measure (in the Model Explorer or the editor) to see its SPC chart.";

	private final SpcChartPainter painter = new SpcChartPainter();
	private final CommandStackListener modelChanged = this::modelChanged;
	private ActiveModelTracker tracker;
	private PlacewiseModelContext context;
	private Measure measure;
	private SpcResult result;
	private SwtResources resources;
	private Label title;
	private Canvas variationIcon;
	private Label variationText;
	private Canvas assuranceIcon;
	private Label assuranceText;
	private Label notice;
	private Canvas chart;

	private final ISelectionListener followSelection = this::selectionChanged;

	@Override
	public void createPartControl(Composite parent) {
		resources = new SwtResources(parent.getDisplay());
		parent.setLayout(new GridLayout(1, false));
		title = new Label(parent, SWT.NONE);
		title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Composite icons = new Composite(parent, SWT.NONE);
		icons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		GridLayout iconLayout = new GridLayout(4, false);
		iconLayout.marginWidth = 0;
		iconLayout.marginHeight = 0;
		icons.setLayout(iconLayout);
		variationIcon = icon(icons, () -> result == null ? null : "Variation: " + variation().description(), true);
		variationText = new Label(icons, SWT.NONE);
		variationText.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
		assuranceIcon = icon(icons, () -> result == null ? null : "Assurance: " + assurance().description(), false);
		assuranceText = new Label(icons, SWT.NONE);
		assuranceText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		notice = new Label(parent, SWT.WRAP);
		notice.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		chart = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
		chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		chart.addPaintListener(e -> draw(e.gc, chart.getClientArea()));
		chart.addListener(SWT.Resize, e -> chart.redraw());
		// a focusable chart: Tab reaches it, and a screen reader reads its name and description
		chart.addListener(SWT.Traverse, e -> e.doit = true);
		chart.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent e) {
				e.result = accessibleName();
			}

			@Override
			public void getDescription(AccessibleEvent e) {
				e.result = accessibleDescription();
			}
		});
		chart.getAccessible().addAccessibleControlListener(new AccessibleControlAdapter() {
			@Override
			public void getRole(AccessibleControlEvent e) {
				e.detail = ACC.ROLE_GRAPHIC;
			}

			@Override
			public void getValue(AccessibleControlEvent e) {
				e.result = accessibleDescription();
			}
		});
		getSite().getPage().addPostSelectionListener(followSelection);
		tracker = new ActiveModelTracker(getSite().getPage(), this::show);
		ISelection current = getSite().getPage().getSelection();
		if (current != null) {
			selectionChanged(null, current);
		}
		update();
	}

	private Canvas icon(Composite parent, java.util.function.Supplier<String> name, boolean variation) {
		Canvas icon = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		GridData size = new GridData(SpcIcons.SIZE, SpcIcons.SIZE);
		icon.setLayoutData(size);
		icon.addPaintListener(e -> {
			if (result == null) {
				return;
			}
			try (SwtCanvas canvas = new SwtCanvas(e.gc, resources)) {
				if (variation) {
					SpcIcons.paintVariation(variation(), canvas);
				} else {
					SpcIcons.paintAssurance(assurance(), canvas);
				}
			}
		});
		icon.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent e) {
				e.result = name.get();
			}
		});
		icon.getAccessible().addAccessibleControlListener(new AccessibleControlAdapter() {
			@Override
			public void getRole(AccessibleControlEvent e) {
				e.detail = ACC.ROLE_GRAPHIC;
			}
		});
		return icon;
	}

	private Variation variation() {
		return result.latestVariation();
	}

	private Assurance assurance() {
		return result.assurance();
	}

	private void show(PlacewiseModelContext shown) {
		if (context != null) {
			context.commandStack().removeCommandStackListener(modelChanged);
		}
		context = shown;
		if (context != null) {
			context.commandStack().addCommandStackListener(modelChanged);
		}
		if (measure != null && (context == null || measure.eResource() != context.model().eResource())) {
			measure = null;
		}
		update();
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part == this || !(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
			return;
		}
		Object first = structured.getFirstElement();
		Object target = first instanceof Finding finding ? finding.target() : first;
		Measure selected = target instanceof Measure m ? m
				: target instanceof Observation o ? o.getMeasure()
						: target instanceof TrajectoryPoint t && t.eContainer() instanceof Measure m ? m : null;
		if (selected != null && selected != measure) {
			showMeasure(selected);
		}
	}

	/**
	 * Shows a measure's chart, as selecting it does.
	 *
	 * @param shown the measure, or {@code null} for none
	 */
	public void showMeasure(Measure shown) {
		measure = shown;
		update();
	}

	private void modelChanged(EventObject event) {
		chart.getDisplay().asyncExec(this::update);
	}

	/** Analyses the measure again and redraws the chart and icons. */
	private void update() {
		if (chart == null || chart.isDisposed()) {
			return;
		}
		result = null;
		String problem = null;
		if (measure != null && (measure.eResource() == null || context == null
				|| measure.eResource() != context.model().eResource())) {
			measure = null; // deleted, or its model was closed
		}
		if (measure != null) {
			try {
				result = MeasureSpc.analyse(measure).result();
			} catch (IllegalArgumentException e) { // SpcInputException among them
				problem = "This measure cannot be charted: " + e.getMessage();
			}
		}
		title.setText(measure == null ? NO_MEASURE : text(MeasureSpc.nameOf(measure)));
		variationText.setText(result == null ? "" : text("Variation: " + variation().description()));
		assuranceText.setText(result == null ? "" : text("Assurance: " + assurance().description()));
		notice.setText(problem != null ? text(problem) : result == null ? "" : text(notice(result)));
		for (Canvas icon : new Canvas[] { variationIcon, assuranceIcon }) {
			icon.setVisible(result != null);
			icon.redraw();
		}
		chart.setVisible(result != null);
		chart.redraw();
		chart.getParent().layout(true, true);
	}

	private static String text(String plain) {
		return plain.replace("&", "&&"); // a label would show a single "&" as a mnemonic underline
	}

	/** @return what the view says above the chart when the data are too few for process limits, or "" */
	static String notice(SpcResult result) {
		int n = result.points().size();
		if (n == 0) {
			return "No observations recorded for this measure yet: there is nothing to chart.";
		}
		if (n < SpcAnalysis.MIN_POINTS_FOR_XMR) {
			return "Not enough data for an XmR chart: " + PlacewiseLabels.count(n, "observation", "observations")
					+ ", and process limits need at least " + SpcAnalysis.MIN_POINTS_FOR_XMR
					+ ". Shown as a run chart; the variation and assurance icons wait for more data.";
		}
		return "";
	}

	/**
	 * Draws the chart filling an area (at least the painter's smallest size), as the view paints it.
	 *
	 * @param gc   where to draw
	 * @param area the area
	 */
	public void draw(GC gc, Rectangle area) {
		if (result == null || measure == null) {
			return;
		}
		int width = Math.max(SpcChartPainter.MIN_WIDTH, area.width);
		int height = Math.max(SpcChartPainter.MIN_HEIGHT, area.height);
		try (SwtCanvas canvas = new SwtCanvas(gc, resources)) {
			painter.paint(MeasureSpc.nameOf(measure), measure.getUnit(), result, width, height, canvas);
		}
	}

	/** @return the measure shown, or {@code null} */
	public Measure measure() {
		return measure;
	}

	/** @return the analysis drawn, or {@code null} when there is no chart */
	public SpcResult result() {
		return result;
	}

	/** @return what the view says above the chart (not enough data, no observations, a problem), or "" */
	public String notice() {
		return notice.getText();
	}

	/** @return the chart control */
	public Canvas chart() {
		return chart;
	}

	/** @return the chart's accessible name */
	public String accessibleName() {
		return measure == null ? "SPC chart: " + NO_MEASURE : "SPC chart of " + MeasureSpc.nameOf(measure);
	}

	/** @return the chart's accessible description: what it shows and means, in sentences */
	public String accessibleDescription() {
		if (result == null || measure == null) {
			return notice == null || notice.getText().isEmpty() ? NO_MEASURE : notice.getText();
		}
		String said = notice(result);
		return SpcChartPainter.describe(MeasureSpc.nameOf(measure), result) + (said.isEmpty() ? "" : " " + said);
	}

	@Override
	public void setFocus() {
		chart.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(followSelection);
		tracker.dispose();
		if (context != null) {
			context.commandStack().removeCommandStackListener(modelChanged);
		}
		if (resources != null) {
			resources.dispose();
		}
		super.dispose();
	}
}
