package org.placewise.generator.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.placewise.generator.GapKind;
import org.placewise.model.finance.Agreement;
import org.placewise.model.finance.AgreementKind;
import org.placewise.model.finance.Contribution;
import org.placewise.model.finance.FinanceFactory;
import org.placewise.model.finance.InvestmentBenefitFlow;
import org.placewise.model.finance.PooledBudget;
import org.placewise.model.finance.RiskShare;
import org.placewise.model.finance.RiskShareBasis;
import org.placewise.model.finance.RiskSharePortion;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.organisation.Organisation;

/**
 * The money: section 75 pooled budgets with contributions and risk shares, the agreements behind them and investment
 * and benefit-share flows between partners.
 */
final class Finance extends GeneratorPart {

	Finance(Generation generation) {
		super(generation);
	}

	void pooledBudget(String town, Footprint place, Organisation icb, Organisation council,
			Organisation community) {
		PooledBudget pool = identify(FinanceFactory.eINSTANCE.createPooledBudget());
		pool.setName(town + " Better Care Fund pool");
		pool.setHost(random.nextBoolean() ? council : icb);
		pool.setFootprint(place);
		pool.setStartDate(LocalDate.of(2026, 4, 1));
		pool.setEndDate(LocalDate.of(2027, 3, 31));
		if (!gap(GapKind.POOLED_BUDGET_NO_AGREEMENT)) {
			pool.setAgreement(agreement(town + " section 75 agreement", AgreementKind.SECTION_75,
					List.of(icb, council), LocalDate.of(2026, 3, 20)));
		}
		long icbShare = 10_000_000L + random.nextInt(900) * 100_000L;
		long councilShare = icbShare * (30 + random.nextInt(40)) / 100 / 1000 * 1000;
		List<Organisation> contributors = new ArrayList<>(List.of(icb, council));
		List<Long> amounts = new ArrayList<>(List.of(icbShare, councilShare));
		if (random.nextInt(4) == 0) {
			contributors.add(community);
			amounts.add(icbShare / 10 / 1000 * 1000);
		}
		long total = 0;
		for (int c = 0; c < contributors.size(); c++) {
			Contribution contribution = identify(FinanceFactory.eINSTANCE.createContribution());
			contribution.setContributor(contributors.get(c));
			contribution.setAmount(pounds(amounts.get(c)));
			pool.getContributions().add(contribution);
			total += amounts.get(c);
		}
		pool.setTotalAmount(pounds(total));
		RiskShare riskShare = identify(FinanceFactory.eINSTANCE.createRiskShare());
		riskShare.setBasis(RiskShareBasis.IN_PROPORTION_TO_CONTRIBUTIONS);
		riskShare.setTerms("Over- and underspends are shared in proportion to contributions.");
		for (int c = 0; c < contributors.size(); c++) {
			RiskSharePortion portion = identify(FinanceFactory.eINSTANCE.createRiskSharePortion());
			portion.setParty(contributors.get(c));
			portion.setSharePercentage(BigDecimal.valueOf(amounts.get(c) * 10_000 / total, 2));
			riskShare.getPortions().add(portion);
		}
		pool.setRiskShare(riskShare);
		model.getPooledBudgets().add(pool);
	}

	Agreement agreement(String name, AgreementKind kind, List<Organisation> parties, LocalDate signed) {
		Agreement agreement = identify(FinanceFactory.eINSTANCE.createAgreement());
		agreement.setName(name);
		agreement.setKind(kind);
		agreement.getParties().addAll(parties);
		agreement.setSignedDate(signed);
		agreement.setStartDate(signed.plusDays(11));
		agreement.setReviewDate(REFERENCE_DATE.plusMonths(6 + random.nextInt(18)).withDayOfMonth(1));
		agreement.setDocumentReference("Agreements register " + code(4));
		model.getAgreements().add(agreement);
		return agreement;
	}

	/** An investment by one partner in another, with the benefit shared with a third, in about three places in ten. */
	InvestmentBenefitFlow investmentFlow(String town, Organisation icb, Organisation community, Organisation council) {
		InvestmentBenefitFlow flow = null;
		if (random.nextInt(10) < 3) {
			flow = identify(FinanceFactory.eINSTANCE.createInvestmentBenefitFlow());
			flow.setName(town + " community services investment");
			flow.setInvestor(icb);
			flow.setInvestedIn(community);
			flow.setBeneficiary(council);
			long invested = 500_000L + random.nextInt(40) * 50_000L;
			flow.setInvestmentAmount(pounds(invested));
			flow.setExpectedBenefit(pounds(invested * (2 + random.nextInt(4))));
			flow.setAgreement(agreement(town + " investment and benefit-share agreement",
					AgreementKind.INVESTMENT_BENEFIT_SHARE, List.of(icb, community, council),
					LocalDate.of(2024, 6, 1)));
			model.getInvestmentFlows().add(flow);
		}
		return flow;
	}
}
