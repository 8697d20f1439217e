package org.placewise.checks.rules.outcome;

import java.util.List;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Dependency;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.OutcomesPackage;

/** An intermediate outcome or milestone due after the outcome it contributes to. */
public final class ChildDueAfterParent extends CheckRule<Outcome> {

	public ChildDueAfterParent() {
		super(Outcome.class, OutcomesPackage.Literals.OUTCOME, "outcome.child-due-after-parent", Severity.WARNING,
				"Outcome due after the outcome it contributes to",
				"Intermediate outcomes and milestones are steps towards the outcome above them (HFMA roundtable on "
						+ "place-level working: milestones on the way to long-term outcomes); a step due after the goal it "
						+ "leads to means one of the two dates is wrong.");
	}

	@Override
	public void check(Outcome outcome, CheckContext context) {
		Outcome parent = outcome.getParent();
		if (parent != null && outcome.getTargetDate() != null && parent.getTargetDate() != null
				&& outcome.getTargetDate().isAfter(parent.getTargetDate())) {
			context.report(outcome,
					String.format("Outcome %s is due on %s, after %s, which it contributes to, is due on %s",
							Figures.quoted(outcome), Figures.date(outcome.getTargetDate()), Figures.quoted(parent),
							Figures.date(parent.getTargetDate())),
					parent);
		}
	}

	@Override
	public List<Dependency> dependencies() {
		return List.of(Dependency.on(OutcomesPackage.Literals.OUTCOME__TARGET_DATE, (Outcome o) -> o.getChildren()));
	}
}
