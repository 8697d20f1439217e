package org.placewise.ui.internal.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.placewise.checks.Finding;
import org.placewise.model.core.CorePackage;
import org.placewise.model.core.Frequency;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.BoardKind;
import org.placewise.model.governance.GovernanceFactory;
import org.placewise.model.governance.GovernancePackage.Literals;
import org.placewise.model.governance.Membership;
import org.placewise.model.organisation.Person;
import org.placewise.ui.internal.PlacewiseEditor;

/**
 * The Boards page: every board, committee and group of the model (sub-groups after the board that set them up), and for
 * the selected one its chair, quorum, meeting frequency, terms of reference and members (who, voting or not, whom they
 * represent), all edited in place, with the findings on the board beside it. Members are added and removed as commands.
 */
public final class BoardsPage extends ModelFormPage {

	/** The page id. */
	public static final String ID = "boards";

	private Text filter;
	private EditableRows<Board> boards;
	private FeatureFields fields;
	private Label findingsText;
	private Label status;
	private EditableRows<Membership> members;
	private Section boardSection;

	/**
	 * @param editor             the editor
	 * @param selectionForwarder told the selected board or members while the page is shown
	 */
	public BoardsPage(PlacewiseEditor editor, ISelectionChangedListener selectionForwarder) {
		super(editor, ID, "Boards", selectionForwarder);
	}

	@Override
	protected String formTitle() {
		return "Boards and memberships";
	}

	private PlacewiseModel model() {
		return context().model();
	}

	@Override
	protected void createContent(Composite parent, FormToolkit toolkit) {
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		toolkit.adapt(sash);

		Composite left = toolkit.createComposite(sash);
		left.setLayout(new GridLayout(2, false));
		toolkit.createLabel(left, "Fil&ter boards:");
		filter = toolkit.createText(left, "", SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
		filter.setMessage("Part of a name");
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		TableEditing.accessibleName(filter, "Filter boards");
		Composite tableArea = toolkit.createComposite(left);
		tableArea.setLayout(new GridLayout(1, false));
		tableArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		boards = new EditableRows<>(tableArea, "Boards, committees and groups", context().domain(),
				this::shownBoards, boardColumns(), findings);
		boards.button("&Add board", this::addBoard);
		filter.addModifyListener(e -> boards.refresh());

		ScrolledForm right = toolkit.createScrolledForm(sash);
		Composite details = right.getBody();
		details.setLayout(new GridLayout(1, false));
		boardSection = toolkit.createSection(details, Section.TITLE_BAR);
		boardSection.setText("No board selected");
		boardSection.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Composite grid = toolkit.createComposite(boardSection);
		grid.setLayout(new GridLayout(2, false));
		boardSection.setClient(grid);
		status = toolkit.createLabel(details, "", SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		fields = new FeatureFields(grid, toolkit, context().domain(), text -> {
			status.setText(text);
			details.layout(true);
		});
		fields.text("&Name:", null, CorePackage.Literals.NAMED_ELEMENT__NAME, FieldText.Kind.TEXT, false);
		fields.choice("&Kind:", null, Literals.BOARD__KIND, () -> BoardKind.VALUES);
		fields.choice("C&hair:", null, Literals.BOARD__CHAIR, this::peopleByName);
		fields.text("&Quorum:", null, Literals.BOARD__QUORUM, FieldText.Kind.WHOLE_NUMBER, false);
		fields.choice("Meeting &frequency:", null, Literals.BOARD__MEETING_FREQUENCY, () -> Frequency.VALUES);
		fields.text("&Purpose (terms of reference):", Literals.BOARD__TERMS_OF_REFERENCE,
				Literals.TERMS_OF_REFERENCE__PURPOSE, FieldText.Kind.TEXT, true);
		fields.text("A&pproved on:", Literals.BOARD__TERMS_OF_REFERENCE, Literals.TERMS_OF_REFERENCE__APPROVED_DATE,
				FieldText.Kind.DATE, false);
		fields.text("Next re&view:", Literals.BOARD__TERMS_OF_REFERENCE, Literals.TERMS_OF_REFERENCE__REVIEW_DATE,
				FieldText.Kind.DATE, false);
		fields.text("&Document:", Literals.BOARD__TERMS_OF_REFERENCE,
				Literals.TERMS_OF_REFERENCE__DOCUMENT_REFERENCE, FieldText.Kind.TEXT, false);
		findingsText = toolkit.createLabel(grid, "", SWT.WRAP);
		GridData findingsData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		findingsData.widthHint = 300;
		findingsText.setLayoutData(findingsData);
		TableEditing.accessibleName(findingsText, "Findings on the board");

		Section memberSection = toolkit.createSection(details, Section.TITLE_BAR);
		memberSection.setText("Members");
		memberSection.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite memberArea = toolkit.createComposite(memberSection);
		memberArea.setLayout(new GridLayout(1, false));
		memberSection.setClient(memberArea);
		members = new EditableRows<>(memberArea, "Members of the board", context().domain(), this::shownMembers,
				memberColumns(), findings);
		members.button("Add &member", this::addMember);
		members.button("&Remove member", this::removeSelectedMembers);

		sash.setWeights(2, 3);
		boards.viewer().addSelectionChangedListener(e -> {
			showBoard();
			selectionChanged(boards.viewer(), e.getSelection());
		});
		members.viewer().addSelectionChangedListener(e -> {
			if (!e.getSelection().isEmpty()) {
				selectionChanged(members.viewer(), e.getSelection());
			}
		});
		boards.refresh();
		showBoard();
	}

	private List<RowColumn<Board>> boardColumns() {
		return List.of(
				RowColumn.<Board>shown("Name", 220, board -> indent(board) + PlacewiseLabels.name(board)).typed(
						board -> board.getName() == null ? "" : board.getName(), FieldText.Kind.TEXT::problem,
						(board, text) -> FieldText.set(context().domain(), board,
								CorePackage.Literals.NAMED_ELEMENT__NAME, FieldText.text(text))),
				RowColumn.<Board>shown("Kind", 130, board -> PlacewiseLabels.literal(board.getKind())).chosen(
						() -> BoardKind.VALUES, FeatureFields::choiceText, Board::getKind,
						(board, kind) -> FieldText.set(context().domain(), board, Literals.BOARD__KIND, kind)),
				RowColumn.shown("Members", 70, board -> PlacewiseLabels.number(board.getMemberships().size())));
	}

	private static String indent(Board board) {
		int depth = 0;
		for (Board parent = board.getParentGroup(); parent != null && depth < 10; parent = parent.getParentGroup()) {
			depth++;
		}
		return "    ".repeat(depth);
	}

	private List<RowColumn<Membership>> memberColumns() {
		return List.of(
				RowColumn.<Membership>shown("Member", 200, BoardsPage::memberText).chosen(this::peopleAndRoles,
						FeatureFields::choiceText, m -> m.getPerson() != null ? m.getPerson() : m.getRole(),
						this::setMember),
				RowColumn.<Membership>shown("Voting", 80, m -> m.isVoting() ? "Voting" : "Non-voting").chosen(
						() -> List.of(Boolean.TRUE, Boolean.FALSE),
						choice -> Boolean.TRUE.equals(choice) ? "Voting" : "Non-voting", Membership::isVoting,
						(m, voting) -> FieldText.set(context().domain(), m, Literals.MEMBERSHIP__VOTING, voting)),
				RowColumn.<Membership>shown("Represents", 200, m -> m.getRepresents() == null ? ""
						: PlacewiseLabels.name(m.getRepresents())).chosen(this::organisationsOrNone,
								FeatureFields::choiceText, Membership::getRepresents,
								(m, organisation) -> FieldText.set(context().domain(), m,
										Literals.MEMBERSHIP__REPRESENTS, organisation)));
	}

	/** @return who holds the seat: the person, else the role, else "(vacant)" */
	static String memberText(Membership membership) {
		if (membership.getPerson() != null) {
			return PlacewiseLabels.name(membership.getPerson());
		}
		if (membership.getRole() != null) {
			return PlacewiseLabels.name(membership.getRole()) + " ("
					+ PlacewiseLabels.typeName(membership.getRole().eClass()).toLowerCase(Locale.UK) + ")";
		}
		return "(vacant)";
	}

	private List<Board> shownBoards() {
		String wanted = filter == null || filter.isDisposed() ? "" : filter.getText().strip().toLowerCase(Locale.UK);
		List<Board> all = new ArrayList<>();
		for (Board board : model().getBoards()) {
			collect(board, wanted, all);
		}
		return all;
	}

	private static void collect(Board board, String wanted, List<Board> into) {
		if (wanted.isEmpty() || PlacewiseLabels.name(board).toLowerCase(Locale.UK).contains(wanted)) {
			into.add(board);
		}
		for (Board sub : board.getSubGroups()) {
			collect(sub, wanted, into);
		}
	}

	private List<Membership> shownMembers() {
		Board board = selectedBoard();
		return board == null ? List.of() : board.getMemberships();
	}

	private List<?> peopleByName() {
		List<Person> people = new ArrayList<>(model().getPeople());
		people.sort(Comparator.comparing(p -> PlacewiseLabels.name(p).toLowerCase(Locale.UK)));
		return people;
	}

	private List<?> peopleAndRoles() {
		List<Object> all = new ArrayList<>(peopleByName());
		all.addAll(model().getRoles());
		return all;
	}

	private List<?> organisationsOrNone() {
		List<Object> all = new ArrayList<>();
		all.add(null);
		all.addAll(model().getOrganisations());
		return all;
	}

	private Command setMember(Membership membership, Object holder) {
		Object current = membership.getPerson() != null ? membership.getPerson() : membership.getRole();
		if (holder == null || holder == current) {
			return null;
		}
		CompoundCommand change = new CompoundCommand("Set member of " + quoted(membership.getBoard()));
		boolean person = holder instanceof Person;
		change.append(SetCommand.create(context().domain(), membership,
				person ? Literals.MEMBERSHIP__PERSON : Literals.MEMBERSHIP__ROLE, holder));
		if (person && membership.getRole() != null || !person && membership.getPerson() != null) {
			change.append(SetCommand.create(context().domain(), membership,
					person ? Literals.MEMBERSHIP__ROLE : Literals.MEMBERSHIP__PERSON, SetCommand.UNSET_VALUE));
		}
		return change;
	}

	private static String quoted(EObject object) {
		return "'" + PlacewiseLabels.name(object) + "'";
	}

	/** @return the board selected, {@code null} when none */
	public Board selectedBoard() {
		if (boards == null) {
			return null;
		}
		List<Board> selected = boards.selected();
		return selected.size() == 1 ? selected.get(0) : null;
	}

	/** Selects a board's row (and shows its details). */
	public void select(Board board) {
		if (filter != null && !filter.getText().isEmpty()) {
			filter.setText("");
		}
		boards.refresh();
		boards.viewer().setSelection(new StructuredSelection(board), true);
		showBoard();
	}

	/**
	 * Adds a board to the model through the model's child descriptor for boards, selects it and starts editing its
	 * name.
	 *
	 * @return the new board, {@code null} when the model cannot take one
	 */
	public Board addBoard() {
		var domain = context().domain();
		CommandParameter descriptor = domain.getNewChildDescriptors(model(), null).stream()
				.filter(CommandParameter.class::isInstance).map(CommandParameter.class::cast)
				.filter(p -> p
						.getEStructuralFeature() == org.placewise.model.core.CorePackage.Literals.PLACEWISE_MODEL__BOARDS
						&& p.getValue() instanceof Board)
				.findFirst().orElse(null);
		if (descriptor == null) {
			return null;
		}
		Command create = CreateChildCommand.create(domain, model(), descriptor, List.of(model()));
		if (!boards.execute(create)) {
			return null;
		}
		Board created = (Board) descriptor.getValue();
		filter.setText("");
		boards.editRow(created, boards.columns().get(0));
		showBoard();
		boards.setStatus("Added a board: give its name, kind, chair, quorum and members.");
		return created;
	}

	/**
	 * Adds a (voting) member to the selected board, as a command, and starts choosing who holds the seat.
	 *
	 * @return the new membership, {@code null} when no board is selected
	 */
	public Membership addMember() {
		Board board = selectedBoard();
		if (board == null) {
			members.setStatus("Select a board first.");
			return null;
		}
		Membership membership = GovernanceFactory.eINSTANCE.createMembership();
		membership.setVoting(true);
		CompoundCommand add = new CompoundCommand("Add member to " + quoted(board));
		add.append(AddCommand.create(context().domain(), board, Literals.BOARD__MEMBERSHIPS, membership));
		if (!members.execute(add)) {
			return null;
		}
		members.editRow(membership, members.columns().get(0));
		members.setStatus("Added a member: choose who holds the seat, whether they vote and whom they represent.");
		return membership;
	}

	/** Removes the selected members from their board, as one command. */
	public void removeSelectedMembers() {
		List<Membership> selected = members.selected();
		Board board = selectedBoard();
		if (selected.isEmpty() || board == null) {
			members.setStatus("Select the members to remove first.");
			return;
		}
		Command remove = RemoveCommand.create(context().domain(), board, Literals.BOARD__MEMBERSHIPS, selected);
		CompoundCommand labelled = new CompoundCommand(
				"Remove " + PlacewiseLabels.count(selected.size(), "member", "members") + " from " + quoted(board));
		labelled.append(remove);
		members.execute(labelled);
	}

	private void showBoard() {
		if (fields == null) {
			return;
		}
		Board board = selectedBoard();
		fields.show(board);
		boardSection.setText(board == null ? "No board selected: select one on the left"
				: PlacewiseLabels.typeName(board.eClass()) + ": " + PlacewiseLabels.name(board));
		List<Finding> found = new ArrayList<>();
		if (board != null) {
			found.addAll(findings.on(board));
			if (board.getTermsOfReference() != null) {
				found.addAll(findings.on(board.getTermsOfReference()));
			}
		}
		findingsText.setText(board == null ? ""
				: found.isEmpty() ? "No findings on this board." : FindingsIndex.sentences(found));
		members.refresh();
		boardSection.getParent().layout(true, true);
	}

	@Override
	protected void refresh() {
		boards.refresh();
		showBoard();
	}

	/** @return the boards table */
	public EditableRows<Board> boards() {
		return boards;
	}

	/** @return the selected board's members table */
	public EditableRows<Membership> members() {
		return members;
	}

	/** @return the fields of the selected board */
	public FeatureFields fields() {
		return fields;
	}

	/** @return what the page says about the selected board's findings */
	public String findingsShown() {
		return findingsText.getText();
	}

	/** @return the line under the fields: why a typed value was refused */
	public String status() {
		return status.getText();
	}

	@Override
	protected ISelectionProvider selectionSource() {
		return boards == null ? null : boards.viewer();
	}

	@Override
	public void setFocus() {
		if (boards != null && !boards.getControl().isDisposed()) {
			boards.viewer().getControl().setFocus();
		} else {
			super.setFocus();
		}
	}
}
