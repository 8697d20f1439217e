package org.placewise.report;

import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.finance.InvestmentBenefitFlow;
import org.placewise.model.finance.PooledBudget;

/** The overview's money tables: pooled budgets, investment and benefit flows. */
final class MoneyTables {

	private MoneyTables() {
	}

	/** Writes a table for each of pooled budgets and investment flows the model has. */
	static void write(Markup html, PlacewiseModel model) {
		if (!model.getPooledBudgets().isEmpty()) {
			html.element("h3", "Pooled budgets");
			html.open("table").open("thead").open("tr");
			html.headers("Pooled budget", "Host", "Total", "Contributions", "Agreement");
			html.close().close().open("tbody");
			for (PooledBudget budget : model.getPooledBudgets()) {
				html.open("tr", "id", PackPlan.anchorId(budget));
				html.element("th", PackWording.name(budget), "scope", "row");
				html.cellOrBadge(budget.getHost() == null ? null : PackWording.name(budget.getHost()), "No host");
				html.cellOrBadge(
						budget.getTotalAmount() == null ? null : PlacewiseLabels.money(budget.getTotalAmount()),
						"No total");
				html.cell(String.valueOf(budget.getContributions().size()));
				html.cellOrBadge(budget.getAgreement() == null ? null : PackWording.name(budget.getAgreement()),
						"No agreement");
				html.close();
			}
			html.close().close();
		}
		if (!model.getInvestmentFlows().isEmpty()) {
			html.element("h3", "Investment and benefit flows");
			html.open("table").open("thead").open("tr");
			html.headers("Flow", "Invested in", "Investment", "Benefit to", "Expected benefit", "Agreement");
			html.close().close().open("tbody");
			for (InvestmentBenefitFlow flow : model.getInvestmentFlows()) {
				html.open("tr", "id", PackPlan.anchorId(flow));
				html.element("th", PackWording.name(flow), "scope", "row");
				html.cellOrBadge(flow.getInvestedIn() == null ? null : PackWording.name(flow.getInvestedIn()),
						"Not recorded");
				html.cellOrBadge(flow.getInvestmentAmount() == null ? null
						: PlacewiseLabels.money(flow.getInvestmentAmount()), "Not recorded");
				html.cellOrBadge(flow.getBeneficiary() == null ? null : PackWording.name(flow.getBeneficiary()),
						"Not recorded");
				html.cellOrBadge(flow.getExpectedBenefit() == null ? null
						: PlacewiseLabels.money(flow.getExpectedBenefit()), "Not recorded");
				html.cellOrBadge(flow.getAgreement() == null ? null : PackWording.name(flow.getAgreement()),
						"No agreement");
				html.close();
			}
			html.close().close();
		}
	}
}
