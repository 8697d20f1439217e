package org.placewise.ui.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.placewise.checks.Finding;

/**
 * Findings: what the check catalogue says is missing or wrong in the open model, kept current as the model is edited
 * (incremental re-checking). Selecting a finding shows why it matters and reveals the object in the model explorer.
 */
public final class FindingsView extends ViewPart {

	/** The view id, as declared in plugin.xml. */
	public static final String ID = "org.placewise.ui.views.findings";

	private static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> f.severity()).reversed()
			.thenComparing(Finding::objectPath).thenComparing(Finding::ruleId);

	private final CommandStackListener refresher = event -> refreshLater();
	private ActiveModelTracker tracker;
	private PlacewiseModelContext context;
	private TableViewer table;
	private Text explanation;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new FillLayout());
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		Composite tableHolder = new Composite(sash, SWT.NONE);
		TableColumnLayout columns = new TableColumnLayout();
		tableHolder.setLayout(columns);
		table = new TableViewer(tableHolder, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column(columns, "Severity", 10, f -> f.severity().label());
		column(columns, "Object", 30, Finding::objectPath);
		column(columns, "Message", 60, Finding::message);
		column(columns, "Rule", 22, Finding::ruleId);
		explanation = new Text(sash, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
		sash.setWeights(72, 28);
		table.addSelectionChangedListener(event -> {
			if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof Finding finding) {
				explanation.setText(finding.rule().title() + "\n\n" + finding.rule().explanation() + "\n\nRule: "
						+ finding.ruleId());
			}
		});
		// the Model Explorer follows this selection and reveals the finding's object
		getSite().setSelectionProvider(table);
		tracker = new ActiveModelTracker(getSite().getPage(), this::show);
	}

	private void column(TableColumnLayout layout, String title, int weight,
			java.util.function.Function<Finding, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60, true));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Finding) element);
			}
		});
	}

	private void show(PlacewiseModelContext shown) {
		if (table.getControl().isDisposed()) {
			return;
		}
		if (context != null) {
			context.commandStack().removeCommandStackListener(refresher);
		}
		context = shown;
		if (context != null) {
			context.commandStack().addCommandStackListener(refresher);
		}
		explanation.setText("");
		refresh();
	}

	private void refreshLater() {
		table.getControl().getDisplay().asyncExec(this::refresh);
	}

	private void refresh() {
		if (table.getControl().isDisposed()) {
			return;
		}
		// the editor's incremental checker re-checks only what the edits touched
		List<Finding> findings = context == null ? List.of()
				: context.checker().findings().stream().sorted(ORDER).toList();
		table.setInput(findings);
		setContentDescription(context == null ? "Open a model to see what the checks find in it."
				: context.file().getFileName() + ": " + findings.size() + " finding" + (findings.size() == 1 ? "" : "s")
						+ " as of " + LocalDate.now());
	}

	/** @return the findings shown, for tests */
	public List<?> shownFindings() {
		return (List<?>) table.getInput();
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	@Override
	public void dispose() {
		tracker.dispose();
		if (context != null) {
			context.commandStack().removeCommandStackListener(refresher);
		}
		super.dispose();
	}
}
