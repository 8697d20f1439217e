package org.placewise.checks.rules.finance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.core.CorePackage;
import org.placewise.model.core.Identified;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.finance.FinancePackage;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.model.outcomes.OutcomesPackage;

/**
 * An amount of money below zero where only a sum paid, pooled, allowed or invested can stand: a contribution, a pooled
 * budget's total, a programme's budget, an investment, a delegation's financial limit or an escalation threshold. (An
 * expected benefit may be a loss, so it is not looked at.)
 */
public final class NegativeAmount extends CheckRule<Identified> {

	/** The amounts that cannot be below zero. */
	private static final List<EAttribute> AMOUNTS = List.of(FinancePackage.Literals.CONTRIBUTION__AMOUNT,
			FinancePackage.Literals.POOLED_BUDGET__TOTAL_AMOUNT,
			FinancePackage.Literals.INVESTMENT_BENEFIT_FLOW__INVESTMENT_AMOUNT,
			OutcomesPackage.Literals.WORK_PROGRAMME__BUDGET, GovernancePackage.Literals.DELEGATION__FINANCIAL_LIMIT,
			GovernancePackage.Literals.ESCALATION_RULE__THRESHOLD_AMOUNT);

	/** For each type met, the amounts it has: most types have none, and are passed over at once. */
	private static final Map<EClass, List<EAttribute>> AMOUNTS_OF = new ConcurrentHashMap<>();

	public NegativeAmount() {
		super(Identified.class, CorePackage.Literals.IDENTIFIED, "finance.negative-amount", Severity.ERROR,
				"Amount of money below zero",
				"Contributions, pooled budgets, programme budgets, investments, delegated financial limits and"
						+ " escalation thresholds are sums paid, held or allowed: below £0 they are a slip (a sign lost"
						+ " in a spreadsheet), and totals, risk shares and limits computed from them are wrong.");
	}

	@Override
	public void check(Identified target, CheckContext context) {
		for (EAttribute amount : AMOUNTS_OF.computeIfAbsent(target.eClass(),
				type -> AMOUNTS.stream().filter(a -> a.getEContainingClass().isSuperTypeOf(type)).toList())) {
			if (target.eGet(amount) instanceof BigDecimal value && value.signum() < 0) {
				context.report(target, String.format("%s %s has a %s of %s; it cannot be below £0",
						PlacewiseLabels.typeName(target.eClass()), Figures.quoted(target),
						PlacewiseLabels.featureName(amount).toLowerCase(java.util.Locale.ROOT), Figures.money(value)));
			}
		}
	}
}
