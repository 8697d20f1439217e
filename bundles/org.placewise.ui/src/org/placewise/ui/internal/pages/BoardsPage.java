package org.placewise.ui.internal.pages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

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
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
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
import org.placewise.model.organisation.Organisation;
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

	private MasterDetail<Board> master;
	private EditableRows<Board> boards;
	private FeatureFields fields;
	private EditableRows<Membership> members;

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
		master = new MasterDetail<>(parent, toolkit, context().domain(), "Fil&ter boards:", "Part of a name",
				"Boards, committees and groups", this::shownBoards, boardColumns(), findings);
		boards = master.list();
		boards.button("&Add board", this::addBoard);
		fields = master.fields();
		fields.text("&Name:", null, CorePackage.Literals.NAMED_ELEMENT__NAME, FieldText.Kind.TEXT, false);
		fields.choice("&Kind:", null, Literals.BOARD__KIND, () -> BoardKind.VALUES);
		fields.choice("&Chair:", null, Literals.BOARD__CHAIR, this::chairChoices);
		fields.text("&Quorum:", null, Literals.BOARD__QUORUM, FieldText.Kind.WHOLE_NUMBER, false);
		fields.choice("Meeting freq&uency:", null, Literals.BOARD__MEETING_FREQUENCY, () -> Frequency.VALUES);
		fields.heading("Terms of reference");
		fields.text("&Purpose:", Literals.BOARD__TERMS_OF_REFERENCE,
				Literals.TERMS_OF_REFERENCE__PURPOSE, FieldText.Kind.TEXT, true);
		fields.text("Appr&oved on:", Literals.BOARD__TERMS_OF_REFERENCE, Literals.TERMS_OF_REFERENCE__APPROVED_DATE,
				FieldText.Kind.DATE, false);
		fields.text("Next re&view:", Literals.BOARD__TERMS_OF_REFERENCE, Literals.TERMS_OF_REFERENCE__REVIEW_DATE,
				FieldText.Kind.DATE, false);
		fields.text("&Document:", Literals.BOARD__TERMS_OF_REFERENCE,
				Literals.TERMS_OF_REFERENCE__DOCUMENT_REFERENCE, FieldText.Kind.TEXT, false);
		master.fieldsDone("Findings on the board");
		Composite memberArea = master.section("Members", true, 0);
		members = new EditableRows<>(memberArea, "Members of the board", context().domain(), this::shownMembers,
				memberColumns(), findings);
		members.button("Add &member", this::addMember);
		members.button("&Remove member", this::removeSelectedMembers);

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
						board -> BoardKind.VALUES, FeatureFields::choiceText, Board::getKind,
						(board, kind) -> FieldText.set(context().domain(), board, Literals.BOARD__KIND, kind)),
				RowColumn.shown("Members", 85, board -> PlacewiseLabels.number(board.getMemberships().size())));
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
				RowColumn.<Membership>shown("Member", 200, BoardsPage::memberText).chosen(this::holderChoices,
						FeatureFields::choiceText, m -> m.getPerson() != null ? m.getPerson() : m.getRole(),
						this::setMember),
				RowColumn.<Membership>shown("Voting", 80, m -> m.isVoting() ? "Voting" : "Non-voting").chosen(
						m -> List.of(Boolean.TRUE, Boolean.FALSE),
						choice -> Boolean.TRUE.equals(choice) ? "Voting" : "Non-voting", Membership::isVoting,
						(m, voting) -> FieldText.set(context().domain(), m, Literals.MEMBERSHIP__VOTING, voting)),
				RowColumn.<Membership>shown("Represents", 200, m -> m.getRepresents() == null ? ""
						: PlacewiseLabels.name(m.getRepresents())).chosen(this::representedChoices,
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

	private List<Board> shownBoards(String wanted) {
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

	/**
	 * Lists longer than this are narrowed to what fits the board: on a model of England a list of every person (7,000)
	 * or organisation (8,000) is too long to choose from, and slow to fill.
	 */
	static final int WHOLE_LIST_LIMIT = 500;

	/** @return the people who can chair the selected board: everyone, or on a large model its seated members */
	private List<?> chairChoices() {
		Board board = selectedBoard();
		Set<Object> people = new LinkedHashSet<>();
		if (model().getPeople().size() <= WHOLE_LIST_LIMIT || board == null) {
			people.addAll(board == null ? List.of() : model().getPeople());
		} else {
			board.getMemberships().stream().map(Membership::getPerson).filter(Objects::nonNull).forEach(people::add);
		}
		if (board != null && board.getChair() != null) {
			people.add(board.getChair());
		}
		return byName(people);
	}

	/**
	 * @return who can hold a seat: every person and role, or on a large model those of the organisation the member
	 *         represents and of the board's own organisation
	 */
	private List<?> holderChoices(Membership membership) {
		Set<Object> holders = new LinkedHashSet<>();
		if (model().getPeople().size() + model().getRoles().size() <= WHOLE_LIST_LIMIT) {
			holders.addAll(model().getPeople());
			holders.addAll(model().getRoles());
		} else {
			for (Organisation organisation : Arrays.asList(membership.getRepresents(),
					membership.getBoard() == null ? null : membership.getBoard().getOrganisation())) {
				if (organisation != null) {
					holders.addAll(organisation.getPeople());
					holders.addAll(organisation.getRoles());
				}
			}
		}
		if (membership.getPerson() != null) {
			holders.add(membership.getPerson());
		}
		if (membership.getRole() != null) {
			holders.add(membership.getRole());
		}
		return byName(holders);
	}

	/**
	 * @return whom a member can represent: every organisation, or on a large model the partners of the board's
	 *         partnership and the board's own organisation; "(none)" first
	 */
	private List<?> representedChoices(Membership membership) {
		Set<Object> organisations = new LinkedHashSet<>();
		Board board = membership.getBoard();
		if (model().getOrganisations().size() <= WHOLE_LIST_LIMIT) {
			organisations.addAll(model().getOrganisations());
		} else if (board != null) {
			if (board.getPartnership() != null) {
				organisations.addAll(board.getPartnership().getPartners());
			}
			if (board.getOrganisation() != null) {
				organisations.add(board.getOrganisation());
			}
		}
		if (membership.getRepresents() != null) {
			organisations.add(membership.getRepresents());
		}
		List<Object> choices = new ArrayList<>();
		choices.add(null);
		choices.addAll(byName(organisations));
		return choices;
	}

	private static List<Object> byName(Set<Object> objects) {
		List<Object> sorted = new ArrayList<>(objects);
		sorted.sort(Comparator.comparing(o -> PlacewiseLabels.name(o).toLowerCase(Locale.UK)));
		return sorted;
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
		return master == null ? null : master.selected();
	}

	/** Selects a board's row (and shows its details). */
	public void select(Board board) {
		master.select(board);
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
		master.clearFilter();
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
		if (master == null) {
			return;
		}
		Board board = selectedBoard();
		List<Finding> found = new ArrayList<>();
		if (board != null) {
			found.addAll(findings.on(board));
			if (board.getTermsOfReference() != null) {
				found.addAll(findings.on(board.getTermsOfReference()));
			}
		}
		master.show(board, board == null ? "No board selected: select one on the left"
				: PlacewiseLabels.typeName(board.eClass()) + ": " + PlacewiseLabels.name(board), found);
		members.refresh();
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
		return master.findingsShown();
	}

	/** @return the line under the fields: why a typed value was refused */
	public String status() {
		return master.status();
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
