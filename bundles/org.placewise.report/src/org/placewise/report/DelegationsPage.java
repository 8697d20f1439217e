package org.placewise.report;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.governance.DecisionMaker;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.LegalBasis;
import org.placewise.model.governance.ReservedMatter;
import org.placewise.model.query.Delegations;

/**
 * The delegations register: who holds what authority, from whom, up to which limit, with the escalation rule, reserved
 * matters, legal basis and review date of each delegation. Reviews due before the pack's date are marked overdue, in
 * words as well as colour.
 */
final class DelegationsPage extends PackPage {

	DelegationsPage(PackPlan plan, PackPlan.Page page) {
		super(plan, page);
	}

	@Override
	String title() {
		return "Delegations register";
	}

	@Override
	void content(Markup html) {
		String asOf = PlacewiseLabels.date(plan.asOf());
		html.element("h1", "Delegations register");
		html.element("p", "Who holds what authority, from whom, up to which limit, and when each delegation is next "
				+ "reviewed. Reviews due before " + asOf + " are marked overdue.", "class", "lede");
		if (model.getDelegations().isEmpty()) {
			html.element("p", "The model records no delegations.", "class", "empty");
			return;
		}
		html.open("ul", "class", "row-key", "aria-label", "Row colours");
		html.open("li").element("span", "", "class", "swatch has-error").text("Red, thick bar: an error about the row, "
				+ "in words in the row").close();
		html.open("li").element("span", "", "class", "swatch overdue")
				.text("Amber, dotted bar: review overdue, marked Overdue in the Review column").close();
		html.close();
		html.open("div", "class", "table-wrap");
		html.open("table", "class", "register").element("caption", "Scheme of delegation as of " + asOf);
		html.open("thead").open("tr");
		html.headers("Delegation and scope", "From (delegator)", "To (delegate)", "Financial limit",
				"Escalation and reserved matters", "Legal basis", "Review");
		html.close().close().open("tbody");
		for (Delegation delegation : model.getDelegations()) {
			row(html, delegation);
		}
		html.close().close().close();
	}

	private void row(Markup html, Delegation delegation) {
		boolean overdue = reviewOverdue(delegation, plan);
		html.row(delegation, PackPlan.anchorId(delegation), overdue ? "overdue" : null);
		html.open("th", "scope", "row").text(PackWording.name(delegation));
		if (PackWording.blankToNull(delegation.getScope()) == null) {
			html.text(" ");
			html.badge("No scope", "gap");
		} else {
			html.element("span", delegation.getScope(), "class", "detail");
		}
		html.findingsAbout(delegation);
		html.close();
		cellDecisionMaker(html, delegation.getDelegator());
		cellDecisionMaker(html, delegation.getDelegate());
		limit(html, delegation);
		escalation(html, delegation);
		html.open("td").text(PlacewiseLabels
				.literal(delegation.getLegalBasis() == null ? LegalBasis.NOT_STATED : delegation.getLegalBasis()));
		html.element("span", delegation.isOnwardDelegationAllowed() ? "Onward delegation allowed"
				: "No onward delegation", "class", "detail");
		html.close();
		html.open("td", "class", "num");
		if (delegation.getReviewDate() == null) {
			html.badge("No review date", "gap");
		} else {
			html.text(PlacewiseLabels.date(delegation.getReviewDate()));
			if (overdue) {
				html.text(" ");
				html.badge("Overdue", "overdue");
			}
		}
		if (delegation.getStartDate() != null) {
			html.element("span", "since " + PlacewiseLabels.date(delegation.getStartDate()), "class", "detail");
		}
		html.close();
		html.close();
	}

	private static void limit(Markup html, Delegation delegation) {
		html.open("td", "class", "num");
		if (delegation.getFinancialLimit() == null) {
			html.badge("No limit", "gap");
		} else {
			html.text(PlacewiseLabels.money(delegation.getFinancialLimit()));
			Optional<BigDecimal> effective = Delegations.effectiveLimit(delegation);
			if (effective.isPresent() && effective.get().compareTo(delegation.getFinancialLimit()) < 0) {
				html.element("span", "only " + PlacewiseLabels.money(effective.get()) + " effective:", "class",
						"detail");
				html.element("span", "the delegator holds no more", "class", "detail");
			}
		}
		html.close();
	}

	private static void escalation(Markup html, Delegation delegation) {
		html.open("td");
		if (delegation.getEscalationRule() == null) {
			html.badge("No escalation rule", "gap");
		} else {
			var rule = delegation.getEscalationRule();
			html.text((rule.getThresholdAmount() == null ? ""
					: "Above " + PlacewiseLabels.money(rule.getThresholdAmount()))
					+ (rule.getEscalateTo() == null ? ""
							: (rule.getThresholdAmount() == null ? "To " : " to ")
									+ PackWording.decisionMakerName(rule.getEscalateTo()))
					+ (PackWording.blankToNull(rule.getCircumstances()) == null ? "" : "; " + rule.getCircumstances()));
		}
		if (!delegation.getReservedMatters().isEmpty()) {
			html.element("span", "Reserved: " + delegation.getReservedMatters().stream().map(ReservedMatter::getName)
					.filter(Objects::nonNull).collect(Collectors.joining("; ")), "class", "detail");
		}
		html.close();
	}

	private static void cellDecisionMaker(Markup html, DecisionMaker maker) {
		html.open("td");
		if (maker == null) {
			html.badge("Not recorded", "gap");
		} else if (maker instanceof EObject object) {
			html.link(object, PackWording.decisionMakerName(maker));
		} else {
			html.text(PackWording.decisionMakerName(maker));
		}
		html.close();
	}

	/** Whether a delegation's review was due before the pack's date. */
	static boolean reviewOverdue(Delegation delegation, PackPlan plan) {
		return delegation.getReviewDate() != null && delegation.getReviewDate().isBefore(plan.asOf());
	}
}
