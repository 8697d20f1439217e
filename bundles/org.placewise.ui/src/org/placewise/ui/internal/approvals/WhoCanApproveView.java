package org.placewise.ui.internal.approvals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.fieldassist.ComboContentAdapter;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.placewise.model.edit.label.ApprovalWords.Line;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.governance.DecisionArea;
import org.placewise.ui.internal.ActiveModelTracker;
import org.placewise.ui.internal.PlacewiseModelContext;
import org.placewise.ui.internal.ShowInModel;

/**
 * Who can approve a decision in the active model: the user picks the decision area (type-ahead), the amount, the
 * footprint and the date; Enter or Ask shows every body and role that may take it, with the chain of delegations giving
 * it authority and the limits, escalation rules and reserved matters along it, then those that may not, and why.
 * Double-clicking a line goes to its body, role or delegation in the Model Explorer and the editor. The answer is asked
 * again whenever the model changes.
 * <p>
 * The question is answered on the UI thread: it walks only the delegations that cover the decision area. Its cost on a
 * national model is measured by WorkbenchBenchmark (docs/performance.md).
 */
public final class WhoCanApproveView extends ViewPart {

	/** The view id, as declared in plugin.xml. */
	public static final String ID = "org.placewise.ui.views.whoCanApprove";

	private final CommandStackListener rerun = event -> modelChanged();
	private ActiveModelTracker tracker;
	private PlacewiseModelContext context;
	private Combo area;
	private Text amount;
	private Combo footprint;
	private DateTime asOf;
	private Label message;
	private TreeViewer tree;
	private NamesContaining areaProposals;
	private NamesContaining footprintProposals;
	/** The last question answered, asked again when the model changes; {@code null} before the first. */
	private ApprovalQuestion asked;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		Composite form = new Composite(parent, SWT.NONE);
		form.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		form.setLayout(new GridLayout(9, false));
		area = field(form, "Decision &area:", f -> new Combo(f, SWT.DROP_DOWN), 220,
				"One of the model's decision areas, or words from its name (type to narrow the list)");
		areaProposals = typeAhead(area);
		amount = field(form, "Amou&nt (\u00a3):", f -> new Text(f, SWT.BORDER), 110,
				"In pounds: 250000, 250,000, \u00a3250k or 1.5m; empty when the decision is not about money");
		footprint = field(form, "Foo&tprint:", f -> new Combo(f, SWT.DROP_DOWN), 160,
				"Only bodies and roles working at this footprint, above it or below it; empty for any footprint");
		footprintProposals = typeAhead(footprint);
		label(form, "As &of:");
		asOf = new DateTime(form, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		Button ask = new Button(form, SWT.PUSH);
		ask.setText("As&k");
		ask.setToolTipText("Who can approve it (Enter in any field)");
		ask.addListener(SWT.Selection, e -> ask());
		for (Control field : List.of(area, amount, footprint, asOf)) {
			field.addListener(SWT.DefaultSelection, e -> ask());
		}
		message = new Label(parent, SWT.WRAP);
		message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		message.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		tree = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL | SWT.FULL_SELECTION);
		tree.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		// lines are values: the same delegation may be a line under two approvers
		tree.setComparer(new IElementComparer() {
			@Override
			public boolean equals(Object a, Object b) {
				return a == b;
			}

			@Override
			public int hashCode(Object element) {
				return System.identityHashCode(element);
			}
		});
		tree.setContentProvider(new LineContent());
		tree.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Line) element).text();
			}
		});
		tree.addDoubleClickListener(event -> {
			if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof Line line
					&& line.element() instanceof EObject object) {
				reveal(object);
			}
		});
		tree.getTree().getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
			@Override
			public void getName(org.eclipse.swt.accessibility.AccessibleEvent event) {
				event.result = "Who can approve: the answer";
			}
		});
		tracker = new ActiveModelTracker(getSite().getPage(), this::show);
	}

	private static void label(Composite form, String text) {
		new Label(form, SWT.NONE).setText(text);
	}

	/** A field of the question after its label, so that Tab and Alt with the label's letter reach it in order. */
	private static <C extends Control> C field(Composite form, String label, Function<Composite, C> create, int width,
			String tip) {
		label(form, label);
		C field = create.apply(form);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = width;
		field.setLayoutData(data);
		field.setToolTipText(tip);
		return field;
	}

	/** Type-ahead: as the user types, the names that contain what is typed are proposed. */
	private static NamesContaining typeAhead(Combo combo) {
		NamesContaining proposals = new NamesContaining();
		ContentProposalAdapter adapter = new ContentProposalAdapter(combo, new ComboContentAdapter(), proposals, null,
				null);
		adapter.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
		adapter.setAutoActivationDelay(200);
		return proposals;
	}

	private void show(PlacewiseModelContext shown) {
		if (tree.getControl().isDisposed()) {
			return;
		}
		if (context != null) {
			context.commandStack().removeCommandStackListener(rerun);
		}
		context = shown;
		asked = null;
		if (context != null) {
			context.commandStack().addCommandStackListener(rerun);
		}
		fillChoices();
		tree.setInput(List.of());
		message.setText("");
		setContentDescription(context == null ? "Open a model to ask who can approve a decision in it."
				: context.shortName() + ": choose a decision area, an amount, a footprint and a date, then press"
						+ " Enter.");
	}

	/** The decision areas and footprints of the model, in the combos and their type-ahead proposals. */
	private void fillChoices() {
		String areaText = area.getText();
		String footprintText = footprint.getText();
		String[] areas = context == null ? new String[0]
				: context.model().getDecisionAreas().stream().map(PlacewiseLabels::name).toArray(String[]::new);
		String[] footprints = context == null ? new String[0]
				: ApprovalQuestion.footprints(context.model()).stream().map(PlacewiseLabels::name)
						.toArray(String[]::new);
		area.setItems(areas);
		area.setText(areaText);
		areaProposals.names = areas;
		footprint.setItems(footprints);
		footprint.setText(footprintText);
		footprintProposals.names = footprints;
	}

	/**
	 * Fills in the question (as the user would) without asking it.
	 *
	 * @param areaText      a decision area's name or words from it
	 * @param amountText    the amount in pounds, empty when not about money
	 * @param footprintText a footprint's name, empty for any
	 * @param date          the date of the decision
	 */
	public void fillIn(String areaText, String amountText, String footprintText, LocalDate date) {
		area.setText(areaText);
		amount.setText(amountText);
		footprint.setText(footprintText);
		asOf.setDate(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
	}

	/**
	 * Asks about a decision area (chosen in the explorer or the register), keeping the amount, footprint and date.
	 *
	 * @param decisionArea the decision area
	 */
	public void ask(DecisionArea decisionArea) {
		area.setText(PlacewiseLabels.name(decisionArea));
		ask();
	}

	/** Reads the question from the fields and shows the answer, or says plainly what is wrong with the question. */
	public void ask() {
		if (context == null) {
			return;
		}
		LocalDate date = LocalDate.of(asOf.getYear(), asOf.getMonth() + 1, asOf.getDay());
		try {
			asked = ApprovalQuestion.read(context.model(), area.getText(), amount.getText(), footprint.getText(), date);
		} catch (IllegalArgumentException e) {
			// the earlier answer would read as the answer to this question: it goes until the question is right
			asked = null;
			tree.setInput(List.of());
			message.setText(e.getMessage());
			message.getParent().layout(true);
			setContentDescription(context.shortName() + ": the question is not complete; see below.");
			return;
		}
		message.setText("");
		message.getParent().layout(true);
		answerAgain();
	}

	/** After an edit, Undo or Redo: the choices and the answer as the model now is. */
	private void modelChanged() {
		if (!tree.getControl().isDisposed()) {
			tree.getControl().getDisplay().asyncExec(() -> {
				if (!tree.getControl().isDisposed()) {
					fillChoices();
					answerAgain();
				}
			});
		}
	}

	/** Shows the answer to the last question for the model as it is now. */
	private void answerAgain() {
		if (context == null || asked == null || tree.getControl().isDisposed()) {
			return;
		}
		Footprint chosen = asked.footprint();
		if (chosen != null && chosen.eResource() != context.model().eResource()) {
			// the footprint was deleted: ask the question again as the fields now say
			ask();
			return;
		}
		List<Line> lines = asked.answer(context.model());
		tree.setInput(lines);
		tree.expandAll();
		setContentDescription(context.shortName() + ": " + asked.text());
	}

	private void reveal(EObject object) {
		ShowInModel.reveal(getSite().getPage(), context, object);
	}

	/** @return the answer shown, one line for each decision area; empty before a question is asked */
	@SuppressWarnings("unchecked")
	public List<Line> shownAnswer() {
		return tree.getInput() == null ? List.of() : (List<Line>) tree.getInput();
	}

	/** @return what is wrong with the question asked last, or "" */
	public String problem() {
		return message.getText();
	}

	/** @return the answer's tree, for tests */
	public TreeViewer viewer() {
		return tree;
	}

	@Override
	public void setFocus() {
		area.setFocus();
	}

	@Override
	public void dispose() {
		tracker.dispose();
		if (context != null) {
			context.commandStack().removeCommandStackListener(rerun);
		}
		super.dispose();
	}

	/** The names (of decision areas, of footprints) that contain what is typed, case aside. */
	private static final class NamesContaining implements IContentProposalProvider {
		private String[] names = new String[0];

		@Override
		public IContentProposal[] getProposals(String contents, int position) {
			String typed = contents.strip().toLowerCase(Locale.ROOT);
			return Arrays.stream(names).filter(name -> name.toLowerCase(Locale.ROOT).contains(typed))
					.map(ContentProposal::new).toArray(IContentProposal[]::new);
		}
	}

	/** The lines of the answer and those under each. */
	private static final class LineContent implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return ((Line) parent).children().toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return !((Line) element).children().isEmpty();
		}
	}
}
