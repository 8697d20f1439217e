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
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.part.ViewPart;
import org.placewise.checks.CheckCatalogue;
import org.placewise.checks.CheckProfile;
import org.placewise.checks.Checker;
import org.placewise.checks.Finding;
import org.placewise.checks.IncrementalChecker;

/**
 * Findings: what the check catalogue says is missing or wrong in the open model, kept current as
 * the model is edited (incremental re-checking). Selecting a finding shows why it matters and
 * reveals the object in the model explorer.
 */
public final class FindingsView extends ViewPart implements ModelSession.Listener {

	/** The view id, as declared in plugin.xml. */
	public static final String ID = "org.placewise.ui.views.findings";

	private static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> f.severity()).reversed()
			.thenComparing(Finding::objectPath).thenComparing(Finding::ruleId);

	private final ModelSession session = ModelSession.get();
	private final CommandStackListener refresher = event -> refreshLater();
	private TableViewer table;
	private Text explanation;
	private IncrementalChecker checker;

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
				IViewPart explorer = getSite().getPage().findView(ModelExplorerView.ID);
				if (explorer instanceof ModelExplorerView view) {
					view.reveal(finding.target());
				}
			}
		});
		session.addListener(this);
		show();
	}

	private void column(TableColumnLayout layout, String title, int weight, java.util.function.Function<Finding, String> text) {
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

	@Override
	public void modelOpened(ModelSession opened) {
		if (table != null && !table.getControl().isDisposed()) {
			table.getControl().getDisplay().asyncExec(this::show);
		}
	}

	private void show() {
		if (table.getControl().isDisposed()) {
			return;
		}
		if (checker != null) {
			checker.close();
			checker = null;
		}
		session.domain().getCommandStack().removeCommandStackListener(refresher);
		if (session.model() != null) {
			checker = new IncrementalChecker(new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, LocalDate.now()),
					session.model().eResource());
			session.domain().getCommandStack().addCommandStackListener(refresher);
		}
		refresh();
	}

	private void refreshLater() {
		table.getControl().getDisplay().asyncExec(this::refresh);
	}

	private void refresh() {
		if (table.getControl().isDisposed()) {
			return;
		}
		List<Finding> findings = checker == null ? List.of() : checker.findings().stream().sorted(ORDER).toList();
		table.setInput(findings);
		setContentDescription(checker == null ? "No model is open."
				: findings.size() + " finding" + (findings.size() == 1 ? "" : "s") + " as of " + LocalDate.now());
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
		session.removeListener(this);
		session.domain().getCommandStack().removeCommandStackListener(refresher);
		if (checker != null) {
			checker.close();
		}
		super.dispose();
	}
}
