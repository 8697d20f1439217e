package org.placewise.diagram.kinds;

import static org.placewise.diagram.scene.Palettes.BENEFIT;
import static org.placewise.diagram.scene.Palettes.FLOW;
import static org.placewise.diagram.scene.Palettes.MONEY;
import static org.placewise.diagram.scene.Palettes.ORGANISATION;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.placewise.diagram.scene.LegendEntry;
import org.placewise.diagram.scene.Scene;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.finance.Contribution;
import org.placewise.model.finance.InvestmentBenefitFlow;
import org.placewise.model.finance.PooledBudget;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.organisation.Organisation;

/**
 * Money: pooled budgets with the contribution of each partner (amount and share), their host, agreement and risk share;
 * and investments made in one organisation whose benefit lands in another, drawn as investment → organisation invested
 * in → beneficiary. Read left to right.
 */
final class MoneyDiagram implements DiagramDescription {

	@Override
	public Scene describe(PlacewiseModel model, DiagramOptions options) {
		var scope = options.scope().resolve(model);
		var draft = new SceneDraft();
		if (scope.shows(ElementKind.POOLED_BUDGETS)) {
			for (PooledBudget pool : model.getPooledBudgets()) {
				Footprint f = pool.getFootprint() != null || pool.getHost() == null ? pool.getFootprint()
						: pool.getHost().getFootprint();
				if (scope.includes(f)) {
					pool(draft, pool);
				}
			}
		}
		if (scope.shows(ElementKind.INVESTMENT_FLOWS)) {
			for (InvestmentBenefitFlow flow : model.getInvestmentFlows()) {
				if (inScope(flow, scope)) {
					flow(draft, flow);
				}
			}
		}
		String about = scope.rootName() != null ? scope.rootName() : DiagramLabels.name(model);
		String description = "Where the money goes: each partner's contribution to a pooled budget, and investments "
				+ "made in one organisation whose benefit lands in another.";
		var legend = new ArrayList<LegendEntry>();
		SystemsDiagram.addNode(legend, draft, MONEY, "Pooled budget or investment");
		SystemsDiagram.addNode(legend, draft, ORGANISATION, "Organisation");
		if (draft.usesEdgeStyle(FLOW)) {
			legend.add(LegendEntry.edge(FLOW, "Contribution or investment (£, share)"));
		}
		if (draft.usesEdgeStyle(BENEFIT)) {
			legend.add(LegendEntry.edge(BENEFIT, "Expected benefit (£)"));
		}
		return draft.build(DiagramKind.MONEY, DiagramKind.MONEY.title() + ": " + about, description, legend,
				options.findings());
	}

	private static boolean inScope(InvestmentBenefitFlow flow, DiagramScope.Resolved scope) {
		if (!scope.hasChosenRoot()) {
			return true;
		}
		for (Organisation o : new Organisation[] { flow.getInvestor(), flow.getInvestedIn(), flow.getBeneficiary() }) {
			if (o != null && o.getFootprint() != null && scope.includes(o.getFootprint())) {
				return true;
			}
		}
		return flow.getProgramme() != null && flow.getProgramme().getFootprint() != null
				&& scope.includes(flow.getProgramme().getFootprint());
	}

	private static void pool(SceneDraft draft, PooledBudget pool) {
		var node = draft.top(draft.node(pool, MONEY, DiagramLabels.name(pool)));
		node.detail(pool.getTotalAmount() == null ? "Total not recorded"
				: DiagramLabels.money(pool.getTotalAmount()) + " pooled");
		if (pool.getHost() != null) {
			node.detail("Hosted by " + DiagramLabels.name(pool.getHost()));
		}
		node.detail(DiagramLabels.agreement(pool.getAgreement()));
		if (pool.getRiskShare() != null) {
			node.detail(pool.getRiskShare().getBasis() == null || pool.getRiskShare().getBasis().getValue() == 0
					? "Risk share: basis not stated"
					: "Risk share: " + PlacewiseLabels.literalInSentence(pool.getRiskShare().getBasis()));
		}
		for (Contribution c : pool.getContributions()) {
			if (c.getContributor() == null) {
				continue;
			}
			var from = organisation(draft, c.getContributor());
			String label = c.getAmount() == null ? "Amount not recorded"
					: DiagramLabels.money(c.getAmount()) + share(c.getAmount(), pool.getTotalAmount());
			draft.edge(c, from, node, FLOW, false, List.of(label), DiagramLabels.name(c.getContributor())
					+ " contributes " + PlacewiseLabels.money(c.getAmount()) + " to " + DiagramLabels.name(pool));
		}
	}

	private static String share(BigDecimal amount, BigDecimal total) {
		if (total == null || total.signum() <= 0) {
			return "";
		}
		BigDecimal percent = amount.multiply(BigDecimal.valueOf(100)).divide(total, 0, RoundingMode.HALF_UP);
		return " (" + percent.toPlainString() + "%)";
	}

	private static void flow(SceneDraft draft, InvestmentBenefitFlow flow) {
		var node = draft.top(draft.node(flow, MONEY, DiagramLabels.name(flow)));
		node.detail("Invest " + DiagramLabels.money(flow.getInvestmentAmount()) + " \u2192 benefit "
				+ DiagramLabels.money(flow.getExpectedBenefit()));
		node.detail(DiagramLabels.agreement(flow.getAgreement()));
		if (flow.getProgramme() != null) {
			node.detail("Programme: " + DiagramLabels.name(flow.getProgramme()));
		}
		if (flow.getInvestor() != null) {
			draft.edge(flow, organisation(draft, flow.getInvestor()), node, FLOW, false,
					List.of("Funds " + DiagramLabels.money(flow.getInvestmentAmount())),
					DiagramLabels.name(flow.getInvestor()) + " funds the investment of "
							+ PlacewiseLabels.money(flow.getInvestmentAmount()));
		}
		SceneDraft.Node investedIn = flow.getInvestedIn() == null ? null : organisation(draft, flow.getInvestedIn());
		if (investedIn != null) {
			draft.edge(flow, node, investedIn, FLOW, false,
					List.of("Invests " + DiagramLabels.money(flow.getInvestmentAmount())),
					PlacewiseLabels.money(flow.getInvestmentAmount()) + " is invested in "
							+ DiagramLabels.name(flow.getInvestedIn()));
		}
		if (flow.getBeneficiary() != null) {
			var beneficiary = organisation(draft, flow.getBeneficiary());
			draft.edge(flow, investedIn != null ? investedIn : node, beneficiary, BENEFIT, false,
					List.of("Benefit " + DiagramLabels.money(flow.getExpectedBenefit())),
					"Expected benefit of " + PlacewiseLabels.money(flow.getExpectedBenefit()) + " to "
							+ DiagramLabels.name(flow.getBeneficiary()));
		}
	}

	private static SceneDraft.Node organisation(SceneDraft draft, Organisation o) {
		var existing = draft.nodeFor(o);
		return existing != null ? existing
				: draft.top(
						draft.node(o, ORGANISATION, DiagramLabels.name(o)).detail(DiagramLabels.organisationKind(o)));
	}
}
