package org.placewise.ui.internal.register;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.placewise.checks.Finding;
import org.placewise.model.core.CorePackage;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.ui.internal.pages.FindingsIndex;

/**
 * The columns of the delegation register: what each shows of a delegation, how it sorts, and which feature of the
 * delegation it edits (none for the findings).
 */
public enum RegisterColumn {
	/** The delegation's name. */
	NAME(CorePackage.Literals.NAMED_ELEMENT__NAME, 170),
	/** Who has reserved the delegation for editing and since when (shared models only). */
	RESERVED_BY(null, 170),
	/** Who delegates. */
	DELEGATOR(GovernancePackage.Literals.DELEGATION__DELEGATOR, 150),
	/** To whom. */
	DELEGATE(GovernancePackage.Literals.DELEGATION__DELEGATE, 150),
	/** What is delegated. */
	SCOPE(GovernancePackage.Literals.DELEGATION__SCOPE, 170),
	/** The £ limit. */
	LIMIT(GovernancePackage.Literals.DELEGATION__FINANCIAL_LIMIT, 120),
	/** Matters kept back by the delegator. */
	RESERVED_MATTERS(GovernancePackage.Literals.DELEGATION__RESERVED_MATTERS, 140),
	/** When decisions go back up. */
	ESCALATION(GovernancePackage.Literals.DELEGATION__ESCALATION_RULE, 160),
	/** The legal basis. */
	LEGAL_BASIS(GovernancePackage.Literals.DELEGATION__LEGAL_BASIS, 150),
	/** From when. */
	START_DATE(GovernancePackage.Literals.DELEGATION__START_DATE, 95),
	/** When it is reviewed. */
	REVIEW_DATE(GovernancePackage.Literals.DELEGATION__REVIEW_DATE, 95),
	/** What the checks found on the delegation. */
	FINDINGS(null, 160);

	private final EStructuralFeature feature;
	private final int width;

	RegisterColumn(EStructuralFeature feature, int width) {
		this.feature = feature;
		this.width = width;
	}

	/** @return the feature of the delegation the column shows, or {@code null} for the findings and reservations */
	public EStructuralFeature feature() {
		return feature;
	}

	int width() {
		return width;
	}

	/** @return the column heading, also its accessible name */
	public String title() {
		return this == RESERVED_BY ? "Reserved by"
				: feature == null ? "Findings" : PlacewiseLabels.featureName(feature);
	}

	/**
	 * @param delegation a delegation
	 * @param findings   its findings (only read by the findings column)
	 * @return what the cell shows
	 */
	public String text(Delegation delegation, Function<EObject, List<Finding>> findings) {
		return text(delegation, findings, null);
	}

	/**
	 * @param delegation   a delegation
	 * @param findings     its findings (only read by the findings column)
	 * @param reservations who holds an object's reservation ("alice since ..."), or null (only read by the reserved-by
	 *                     column)
	 * @return what the cell shows
	 */
	public String text(Delegation delegation, Function<EObject, List<Finding>> findings,
			Function<EObject, String> reservations) {
		return switch (this) {
		case NAME -> PlacewiseLabels.name(delegation);
		case RESERVED_BY -> reservations == null || reservations.apply(delegation) == null ? ""
				: reservations.apply(delegation);
		case DELEGATOR -> PlacewiseLabels.name(delegation.getDelegator());
		case DELEGATE -> PlacewiseLabels.name(delegation.getDelegate());
		case SCOPE -> delegation.getScope() == null ? "" : delegation.getScope();
		case LIMIT -> PlacewiseLabels.money(delegation.getFinancialLimit());
		case RESERVED_MATTERS -> delegation.getReservedMatters().stream().map(PlacewiseLabels::name)
				.collect(Collectors.joining("; "));
		case ESCALATION -> delegation.getEscalationRule() == null ? ""
				: PlacewiseLabels.text(delegation.getEscalationRule());
		case LEGAL_BASIS -> PlacewiseLabels.literal(delegation.getLegalBasis());
		case START_DATE -> PlacewiseLabels.date(delegation.getStartDate());
		case REVIEW_DATE -> PlacewiseLabels.date(delegation.getReviewDate());
		case FINDINGS -> FindingsIndex.summary(findings == null ? List.of() : findings.apply(delegation));
		};
	}

	/**
	 * @param findings the findings source, may be null
	 * @return the order of the column, ascending: amounts and dates by value (not recorded first), findings by worst
	 *         severity then count, everything else by its text
	 */
	public Comparator<Delegation> comparator(Function<EObject, List<Finding>> findings) {
		return comparator(findings, null);
	}

	/**
	 * @param findings     the findings source, may be null
	 * @param reservations who holds an object's reservation, may be null
	 * @return the order of the column, as {@link #comparator(Function)}
	 */
	public Comparator<Delegation> comparator(Function<EObject, List<Finding>> findings,
			Function<EObject, String> reservations) {
		return switch (this) {
		case LIMIT -> Comparator.comparing(Delegation::getFinancialLimit,
				Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()));
		case START_DATE -> Comparator.comparing(Delegation::getStartDate,
				Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()));
		case REVIEW_DATE -> Comparator.comparing(Delegation::getReviewDate,
				Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()));
		case FINDINGS -> Comparator.comparingInt((Delegation d) -> findingsRank(findings, d));
		default -> Comparator.comparing((Delegation d) -> text(d, findings, reservations).toLowerCase(Locale.UK));
		};
	}

	private static int findingsRank(Function<EObject, List<Finding>> findings, Delegation delegation) {
		List<Finding> found = findings == null ? List.of() : findings.apply(delegation);
		return found.isEmpty() ? 0 : (FindingsIndex.worst(found).ordinal() + 1) * 1_000_000 + found.size();
	}
}
