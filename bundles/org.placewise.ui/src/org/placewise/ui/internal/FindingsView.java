package org.placewise.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.placewise.checks.Category;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Finding;
import org.placewise.checks.QuickFix;
import org.placewise.checks.Severity;
import org.placewise.model.edit.label.PlacewiseLabels;

/**
 * Findings: what the check catalogue says is missing or wrong in the open model, kept current as the model is edited
 * (incremental re-checking). Selecting a finding shows why it matters and reveals the object in the model explorer;
 * double-clicking also shows it where the editor shows it (a delegation's register row). A finding whose rule has a
 * quick fix can be fixed from the context menu or with Ctrl+1, as one undoable command on the editor's model. Findings
 * can be narrowed to some severities and one category.
 */
public final class FindingsView extends ViewPart {

	/** The view id, as declared in plugin.xml. */
	public static final String ID = "org.placewise.ui.views.findings";

	/** The command that lists the quick fixes of the selected finding (Ctrl+1). */
	public static final String QUICK_FIX_COMMAND = "org.placewise.ui.commands.quickFix";

	private static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> f.severity()).reversed()
			.thenComparing(Finding::objectPath).thenComparing(Finding::ruleId);

	private static final String ALL_CATEGORIES = "All categories";

	private final CommandStackListener refresher = event -> refreshLater();
	private final Set<Severity> severities = EnumSet.allOf(Severity.class);
	private Category category;
	/** Whether only the findings on the selected object, and on what it contains, are shown. */
	private boolean onlySelection;
	/** The object last selected in another part (explorer, editor page, diagram): what "Only the selection" means. */
	private EObject selected;
	private Button onlySelectionCheck;
	private final ISelectionListener followSelection = (part, selection) -> {
		if (part == this || !(selection instanceof IStructuredSelection structured)
				|| !(structured.getFirstElement() instanceof EObject object)) {
			return;
		}
		selected = object;
		if (onlySelection) {
			refresh();
		}
	};
	private ActiveModelTracker tracker;
	private PlacewiseModelContext context;
	private TableViewer table;
	private Text explanation;
	private Combo categories;
	private Menu quickFixMenu;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new FillLayout());
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		Composite left = new Composite(sash, SWT.NONE);
		GridLayout leftLayout = new GridLayout(1, false);
		leftLayout.marginWidth = 0;
		leftLayout.marginHeight = 0;
		left.setLayout(leftLayout);
		createFilters(left);
		Composite tableHolder = new Composite(left, SWT.NONE);
		tableHolder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
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
				explanation.setText(finding.rule().title() + "\n\n" + finding.rule().explanation()
						+ finding.rule().quickFix().map(fix -> "\n\nQuick fix (Ctrl+1): " + fix.label()).orElse("")
						+ "\n\nRule: " + finding.ruleId());
			}
		});
		table.addDoubleClickListener(event -> {
			if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof Finding finding) {
				reveal(finding);
			}
		});
		createContextMenu();
		getSite().getService(IHandlerService.class).activateHandler(QUICK_FIX_COMMAND, new AbstractHandler() {
			@Override
			public Object execute(ExecutionEvent event) {
				showQuickFixes();
				return null;
			}
		});
		// the Model Explorer follows this selection and reveals the finding's object
		getSite().setSelectionProvider(table);
		getSite().getPage().addPostSelectionListener(followSelection);
		tracker = new ActiveModelTracker(getSite().getPage(), this::show);
	}

	private void createFilters(Composite parent) {
		Composite filters = new Composite(parent, SWT.NONE);
		filters.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		GridLayout layout = new GridLayout(Severity.values().length + 3, false);
		layout.marginHeight = 2;
		filters.setLayout(layout);
		Label show = new Label(filters, SWT.NONE);
		show.setText("Show:");
		for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
			Button check = new Button(filters, SWT.CHECK);
			check.setText(switch (severity) {
			case ERROR -> "&Errors";
			case WARNING -> "&Warnings";
			case INFO -> "&Notes";
			});
			check.setSelection(true);
			check.setData(severity);
			check.addListener(SWT.Selection, e -> {
				if (check.getSelection()) {
					severities.add(severity);
				} else {
					severities.remove(severity);
				}
				refresh();
			});
		}
		categories = new Combo(filters, SWT.READ_ONLY);
		categories.add(ALL_CATEGORIES);
		for (Category each : Category.values()) {
			categories.add(each.label());
		}
		categories.select(0);
		categories.addListener(SWT.Selection, e -> {
			int index = categories.getSelectionIndex();
			category = index <= 0 ? null : Category.values()[index - 1];
			refresh();
		});
		onlySelectionCheck = new Button(filters, SWT.CHECK);
		onlySelectionCheck.setText("Only the &selection");
		onlySelectionCheck.setToolTipText(
				"Show only the findings on the object selected in the explorer, an editor page or the diagram, and on"
						+ " what it contains");
		onlySelectionCheck.addListener(SWT.Selection, e -> {
			onlySelection = onlySelectionCheck.getSelection();
			refresh();
		});
		categories.getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
			@Override
			public void getName(org.eclipse.swt.accessibility.AccessibleEvent event) {
				event.result = "Category of findings shown";
			}
		});
	}

	private void createContextMenu() {
		MenuManager menu = new MenuManager("#PopupMenu");
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillContextMenu);
		table.getControl().setMenu(menu.createContextMenu(table.getControl()));
	}

	private void fillContextMenu(IMenuManager menu) {
		Finding finding = selectedFinding();
		List<IAction> fixes = quickFixActions(finding);
		for (IAction fix : fixes) {
			menu.add(fix);
		}
		if (finding != null && fixes.isEmpty()) {
			Action none = new Action("No quick fix for this finding") {
			};
			none.setEnabled(false);
			menu.add(none);
		}
		if (finding != null) {
			menu.add(new Separator());
			menu.add(new Action("&Show in Model Explorer and Editor") {
				@Override
				public void run() {
					reveal(finding);
				}
			});
		}
	}

	private Finding selectedFinding() {
		return ((IStructuredSelection) table.getSelection()).getFirstElement() instanceof Finding finding ? finding
				: null;
	}

	/** @return an action applying each quick fix of the finding's rule ("Quick fix: Set the review date to ...") */
	private List<IAction> quickFixActions(Finding finding) {
		List<IAction> actions = new ArrayList<>();
		if (finding == null || context == null) {
			return actions;
		}
		finding.rule().quickFix().ifPresent(fix -> {
			Command command = quickFixCommand(context, finding, fix);
			Action action = new Action("Quick fix: " + fix.label()) {
				@Override
				public void run() {
					applyQuickFix(finding);
				}
			};
			action.setEnabled(command != null && command.canExecute());
			actions.add(action);
		});
		return actions;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Command quickFixCommand(PlacewiseModelContext context, Finding finding, QuickFix fix) {
		CheckRule<?> rule = finding.rule();
		if (!rule.targetClass().isInstance(finding.target())) {
			return null;
		}
		Command fixing = fix.createCommand(context.domain(), finding.target(), context.rules().newContext());
		return fixing == null ? null : CommandLabels.labelled(fixing, fix.label());
	}

	/**
	 * Applies the quick fix of a finding's rule as one command on the model's command stack (Undo takes it back).
	 *
	 * @return whether the model changed
	 */
	public boolean applyQuickFix(Finding finding) {
		if (context == null || finding == null || finding.rule().quickFix().isEmpty()) {
			return false;
		}
		Command command = quickFixCommand(context, finding, finding.rule().quickFix().get());
		if (command == null || !command.canExecute()) {
			return false;
		}
		context.commandStack().execute(command);
		return true;
	}

	/** Ctrl+1: a pop-up menu of the selected finding's quick fixes, under its row. */
	private void showQuickFixes() {
		Finding finding = selectedFinding();
		if (quickFixMenu != null && !quickFixMenu.isDisposed()) {
			quickFixMenu.dispose();
		}
		MenuManager manager = new MenuManager();
		List<IAction> fixes = quickFixActions(finding);
		if (fixes.isEmpty()) {
			Action none = new Action(finding == null ? "Select a finding to fix" : "No quick fix for this finding") {
			};
			none.setEnabled(false);
			manager.add(none);
		}
		fixes.forEach(manager::add);
		Table control = table.getTable();
		quickFixMenu = manager.createContextMenu(control);
		int index = control.getSelectionIndex();
		Rectangle row = index < 0 ? new Rectangle(0, 0, 0, 0) : control.getItem(index).getBounds();
		quickFixMenu.setLocation(control.toDisplay(row.x + 20, row.y + row.height));
		quickFixMenu.setVisible(true);
	}

	/** @return the menu Ctrl+1 last opened, for tests */
	public Menu quickFixMenu() {
		return quickFixMenu;
	}

	/** Shows the finding's object in the Model Explorer and in its editor (a delegation's register row). */
	private void reveal(Finding finding) {
		ShowInModel.reveal(getSite().getPage(), context, finding.target());
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
		List<Finding> all = context == null ? List.of() : context.checker().findings();
		List<Finding> findings = all.stream()
				.filter(f -> severities.contains(f.severity()) && (category == null || f.rule().category() == category)
						&& (!onlySelection || concernsSelection(f)))
				.sorted(ORDER).toList();
		table.setInput(findings);
		String hidden = findings.size() == all.size() ? ""
				: " (" + (all.size() - findings.size()) + " hidden by the filters"
						+ (onlySelection && selected != null
								? ", showing those on '" + PlacewiseLabels.name(selected) + "'"
								: "")
						+ ")";
		setContentDescription(context == null ? "Open a model to see what the checks find in it."
				: context.shortName() + ": " + PlacewiseLabels.count(findings.size(), "finding", "findings")
						+ hidden + " as of " + PlacewiseLabels.date(LocalDate.now()));
	}

	/** @return whether the finding is on the selected object or on something inside it */
	private boolean concernsSelection(Finding finding) {
		if (selected == null) {
			return false;
		}
		for (EObject o = finding.target(); o != null; o = o.eContainer()) {
			if (o == selected) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Shows only the findings on this object and on what it contains (as the "Only the selection" box does with the
	 * object selected elsewhere), or all again with {@code null}.
	 */
	public void showOnly(EObject object) {
		selected = object;
		onlySelection = object != null;
		onlySelectionCheck.setSelection(onlySelection);
		refresh();
	}

	/** @return the findings shown, for tests */
	public List<?> shownFindings() {
		return (List<?>) table.getInput();
	}

	/**
	 * Shows only findings of these severities and, unless {@code null}, this category; the check boxes and list say so.
	 */
	public void setFilter(Set<Severity> shown, Category onlyCategory) {
		severities.clear();
		severities.addAll(shown);
		category = onlyCategory;
		categories.select(onlyCategory == null ? 0 : onlyCategory.ordinal() + 1);
		for (var child : categories.getParent().getChildren()) {
			if (child instanceof Button check && check.getData() instanceof Severity severity) {
				check.setSelection(shown.contains(severity));
			}
		}
		refresh();
	}

	/** @return the findings table, for tests */
	public TableViewer viewer() {
		return table;
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	@Override
	public void dispose() {
		tracker.dispose();
		getSite().getPage().removePostSelectionListener(followSelection);
		if (context != null) {
			context.commandStack().removeCommandStackListener(refresher);
		}
		if (quickFixMenu != null && !quickFixMenu.isDisposed()) {
			quickFixMenu.dispose();
		}
		super.dispose();
	}
}
