package org.placewise.checks.rules.delegation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Dependency;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.DecisionMaker;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.EscalationRule;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.model.query.Delegations;

/** An escalation rule that sends decisions to someone who is not above the delegate. */
public final class EscalationTargetNotAbove extends CheckRule<Delegation> {

	public EscalationTargetNotAbove() {
		super(Delegation.class, GovernancePackage.Literals.DELEGATION, "delegation.escalation-target-not-above",
				Severity.WARNING, "Escalation goes to someone not above the delegate",
				"Escalated decisions go back up: to the delegator, a body further up the delegation chain, or a board "
						+ "the delegate reports to (King's Fund, place-based systems of care). Escalating to the delegate "
						+ "itself, or sideways, means the decision never leaves the body that could not take it.");
	}

	@Override
	public void check(Delegation delegation, CheckContext context) {
		EscalationRule rule = delegation.getEscalationRule();
		if (rule == null || rule.getEscalateTo() == null || delegation.getDelegate() == null) {
			return;
		}
		DecisionMaker target = rule.getEscalateTo();
		if (!above(delegation).contains(target)) {
			context.report(delegation,
					String.format("Delegation %s escalates to %s, which is not above its delegate %s",
							Figures.quoted(delegation), Figures.quoted(target),
							Figures.quoted(delegation.getDelegate())),
					target,
					delegation.getDelegate());
		}
	}

	/** Delegators up the chain, and the boards they and the delegate report to. */
	private static Set<DecisionMaker> above(Delegation delegation) {
		Set<DecisionMaker> above = new LinkedHashSet<>();
		for (Delegation link : Delegations.chain(delegation)) {
			if (link.getDelegator() != null) {
				above.add(link.getDelegator());
			}
		}
		if (delegation.getDelegate() instanceof Board board) {
			addReportingLine(board, above);
		}
		for (DecisionMaker delegator : List.copyOf(above)) {
			if (delegator instanceof Board board) {
				addReportingLine(board, above);
			}
		}
		above.remove(delegation.getDelegate());
		return above;
	}

	private static void addReportingLine(Board board, Set<DecisionMaker> into) {
		for (Board b = board.getReportsTo(); b != null && into.add(b); b = b.getReportsTo()) {
			// follows the reporting line upward, stopping at a repeat
		}
	}

	@Override
	public List<Dependency> dependencies() {
		List<Dependency> dependencies = new ArrayList<>(DelegationChains.anyLinkChanged());
		dependencies.add(Dependency.everywhere(GovernancePackage.Literals.BOARD__REPORTS_TO,
				GovernancePackage.Literals.DELEGATION));
		dependencies.add(Dependency.onOne(GovernancePackage.Literals.ESCALATION_RULE__ESCALATE_TO,
				(EscalationRule r) -> r.eContainer() instanceof Delegation d ? d : null));
		return dependencies;
	}
}
