package org.placewise.ui.internal.register;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.placewise.io.ValueText;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.governance.DecisionMaker;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernanceFactory;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.model.governance.LegalBasis;
import org.placewise.model.governance.ReservedMatter;

/**
 * Turns what a person types or picks in a cell of the register into a command on the editing domain, so every edit can
 * be undone. Text is read as the import reads spreadsheet cells ({@link ValueText}).
 */
public final class DelegationEdits {

	private static final String SEPARATOR = ";";

	private DelegationEdits() {
	}

	/**
	 * @param model a model
	 * @return everyone in it who can delegate or be delegated to: boards, organisations, roles
	 */
	public static List<DecisionMaker> decisionMakers(PlacewiseModel model) {
		List<DecisionMaker> all = new ArrayList<>();
		all.addAll(model.getBoards());
		all.addAll(model.getOrganisations());
		all.addAll(model.getRoles());
		return all;
	}

	/**
	 * @param maker a decision maker
	 * @return how a choice of decision maker reads: its name and what it is ("ICB Board (Board)")
	 */
	public static String choiceText(DecisionMaker maker) {
		return PlacewiseLabels.name(maker) + " (" + PlacewiseLabels.typeName(maker.eClass()) + ")";
	}

	/** @return the display text of every legal basis, in the order of {@link LegalBasis#VALUES} */
	public static String[] legalBasisChoices() {
		return LegalBasis.VALUES.stream().map(PlacewiseLabels::literal).toArray(String[]::new);
	}

	/**
	 * @param column     a column with a text editor
	 * @param delegation the delegation edited
	 * @return the text the editor starts with: what the cell shows, in a form that can be typed back
	 */
	public static String editText(RegisterColumn column, Delegation delegation) {
		return switch (column) {
		case NAME -> Objects.toString(delegation.getName(), "");
		case SCOPE -> Objects.toString(delegation.getScope(), "");
		case LIMIT ->
			delegation.getFinancialLimit() == null ? "" : PlacewiseLabels.money(delegation.getFinancialLimit());
		case START_DATE -> delegation.getStartDate() == null ? "" : PlacewiseLabels.date(delegation.getStartDate());
		case REVIEW_DATE -> delegation.getReviewDate() == null ? "" : PlacewiseLabels.date(delegation.getReviewDate());
		case RESERVED_MATTERS -> delegation.getReservedMatters().stream().map(m -> Objects.toString(m.getName(), ""))
				.collect(Collectors.joining(SEPARATOR + " "));
		default -> throw new IllegalArgumentException(column + " is not edited as text");
		};
	}

	/**
	 * @param column a column edited as text
	 * @param text   what was typed
	 * @return {@code null} when the text can be used, else why not, in plain English
	 */
	public static String problem(RegisterColumn column, String text) {
		try {
			switch (column) {
			case LIMIT -> ValueText.money(text);
			case START_DATE, REVIEW_DATE -> ValueText.date(text);
			default -> {
				// any text will do
			}
			}
			return null;
		} catch (IllegalArgumentException e) {
			return e.getMessage();
		}
	}

	/**
	 * @param domain     the editing domain
	 * @param delegation the delegation edited
	 * @param column     the column edited as text
	 * @param text       what was typed; must have no {@link #problem(RegisterColumn, String) problem}
	 * @return the command making the change, or {@code null} when the text changes nothing
	 */
	public static Command setText(EditingDomain domain, Delegation delegation, RegisterColumn column, String text) {
		return switch (column) {
		case NAME -> set(domain, delegation, column, blankToNull(text));
		case SCOPE -> set(domain, delegation, column, blankToNull(text));
		case LIMIT -> {
			var limit = ValueText.money(text);
			var old = delegation.getFinancialLimit();
			yield limit == null ? (old == null ? null : set(domain, delegation, column, null))
					: old != null && old.compareTo(limit) == 0 ? null : set(domain, delegation, column, limit);
		}
		case START_DATE, REVIEW_DATE -> set(domain, delegation, column, ValueText.date(text));
		case RESERVED_MATTERS -> reservedMatters(domain, delegation, text);
		default -> throw new IllegalArgumentException(column + " is not edited as text");
		};
	}

	/**
	 * @return the command setting a reference or enum column to a chosen value, or {@code null} when it is the value
	 *         already
	 */
	public static Command setChoice(EditingDomain domain, Delegation delegation, RegisterColumn column, Object value) {
		return set(domain, delegation, column, value);
	}

	private static Command set(EditingDomain domain, Delegation delegation, RegisterColumn column, Object value) {
		if (Objects.equals(delegation.eGet(column.feature()), value)) {
			return null;
		}
		return SetCommand.create(domain, delegation, column.feature(), value == null ? SetCommand.UNSET_VALUE : value);
	}

	/**
	 * Reserved matters are typed as their names separated by semicolons: names no longer there are removed, new names
	 * added, the others kept as they are (with their descriptions).
	 */
	private static Command reservedMatters(EditingDomain domain, Delegation delegation, String text) {
		Set<String> wanted = Arrays.stream(text.split(SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty())
				.collect(Collectors.toCollection(LinkedHashSet::new));
		List<ReservedMatter> gone = new ArrayList<>();
		Set<String> kept = new LinkedHashSet<>();
		for (ReservedMatter matter : delegation.getReservedMatters()) {
			String name = Objects.toString(matter.getName(), "").strip();
			if (wanted.contains(name) && kept.add(name)) {
				continue;
			}
			gone.add(matter);
		}
		List<ReservedMatter> added = new ArrayList<>();
		for (String name : wanted) {
			if (!kept.contains(name)) {
				ReservedMatter matter = GovernanceFactory.eINSTANCE.createReservedMatter();
				matter.setName(name);
				added.add(matter);
			}
		}
		if (gone.isEmpty() && added.isEmpty()) {
			return null;
		}
		CompoundCommand change = new CompoundCommand(
				"Set " + PlacewiseLabels.featureName(GovernancePackage.Literals.DELEGATION__RESERVED_MATTERS)
						.toLowerCase(Locale.UK)
						+ " of '" + PlacewiseLabels.name(delegation) + "'");
		if (!gone.isEmpty()) {
			change.append(RemoveCommand.create(domain, delegation,
					GovernancePackage.Literals.DELEGATION__RESERVED_MATTERS, gone));
		}
		if (!added.isEmpty()) {
			change.append(AddCommand.create(domain, delegation, GovernancePackage.Literals.DELEGATION__RESERVED_MATTERS,
					added));
		}
		return change;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
