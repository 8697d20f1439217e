package org.placewise.checks.rules.finance;

import java.math.BigDecimal;
import java.util.List;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Dependency;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.finance.FinancePackage;
import org.placewise.model.finance.RiskShare;
import org.placewise.model.finance.RiskSharePortion;

/** Agreed risk-share portions that do not add up to 100%. */
public final class RiskSharesDoNotTotal100 extends CheckRule<RiskShare> {
	private static final BigDecimal WHOLE = BigDecimal.valueOf(100);

	public RiskSharesDoNotTotal100() {
		super(RiskShare.class, FinancePackage.Literals.RISK_SHARE, "finance.risk-shares-do-not-total-100",
				Severity.WARNING,
				"Risk-share portions do not add up to 100%",
				"Agreed shares of risk divide all of an over- or underspend between the partners; portions adding up to "
						+ "less leave part of it with nobody, more than 100% charges partners twice (HFMA roundtable on ICS "
						+ "finance: risk-share arrangements).");
	}

	@Override
	public void check(RiskShare share, CheckContext context) {
		if (share.getPortions().isEmpty()
				|| share.getPortions().stream().anyMatch(p -> p.getSharePercentage() == null)) {
			return;
		}
		BigDecimal total = share.getPortions().stream().map(RiskSharePortion::getSharePercentage).reduce(
				BigDecimal.ZERO,
				BigDecimal::add);
		if (total.compareTo(WHOLE) != 0) {
			context.report(share, String.format("The %s of the risk share of %s add up to %s, not 100%%",
					Figures.many(share.getPortions().size(), "portion"), Figures.quoted(share.eContainer()),
					Figures.percent(total)), share.eContainer());
		}
	}

	@Override
	public List<Dependency> dependencies() {
		return List.of(Dependency.onOne(FinancePackage.Literals.RISK_SHARE_PORTION__SHARE_PERCENTAGE,
				(RiskSharePortion p) -> p.eContainer()));
	}
}
