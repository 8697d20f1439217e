package org.placewise.checks.rules.programme;

import java.util.List;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.RuleParameter;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.outcomes.OutcomesPackage;
import org.placewise.model.outcomes.Risk;

/** A high-scoring programme risk with no mitigation recorded. */
public final class HighRiskUnmitigated extends CheckRule<Risk> {

	public HighRiskUnmitigated() {
		super(Risk.class, OutcomesPackage.Literals.RISK, "programme.high-risk-unmitigated", Severity.WARNING,
				"High programme risk with no mitigation",
				"Risks scored high on likelihood times impact (5 by 5 scoring) need mitigating actions and an owner; "
						+ "barriers such as workforce and joined-up data stall programmes when nobody acts on them "
						+ "(Integration at place toolkit, NHS Providers 2022: barriers to delivery).");
	}

	@Override
	public List<RuleParameter> parameters() {
		return List.of(new RuleParameter("min-score", 15,
				"the likelihood times impact score (1 to 25) from which a risk needs a mitigation"));
	}

	@Override
	public void check(Risk risk, CheckContext context) {
		if (risk.getLikelihood() == null || risk.getImpact() == null
				|| risk.getMitigation() != null && !risk.getMitigation().isBlank()) {
			return;
		}
		int score = risk.getLikelihood() * risk.getImpact();
		if (score >= context.parameter("min-score")) {
			context.report(risk,
					String.format("Risk %s to %s scores %d (likelihood %d \u00d7 impact %d) but has no mitigation",
							Figures.quoted(risk), Figures.quoted(risk.eContainer()), score, risk.getLikelihood(),
							risk.getImpact()),
					risk.eContainer());
		}
	}
}
