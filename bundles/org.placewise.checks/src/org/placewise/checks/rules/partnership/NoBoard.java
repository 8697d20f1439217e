package org.placewise.checks.rules.partnership;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.model.governance.Partnership;
import org.placewise.model.governance.PartnershipModel;

/** A partnership with no board or committee where it takes its decisions. */
public final class NoBoard extends CheckRule<Partnership> {

	public NoBoard() {
		super(Partnership.class, GovernancePackage.Literals.PARTNERSHIP, "partnership.no-board", Severity.WARNING,
				"Partnership with no board or committee",
				"Whatever the model, from committee of the ICB to joint committee or committees in common, a place "
						+ "partnership needs a forum where partners meet and decide (King's Fund, place-based systems of "
						+ "care: governance options); without one, who decides what cannot be shown.");
	}

	@Override
	public void check(Partnership partnership, CheckContext context) {
		if (partnership.getBoard() == null && partnership.getModel() != PartnershipModel.MERGER) {
			context.report(partnership,
					String.format("Partnership %s has no board or committee", Figures.quoted(partnership)));
		}
	}
}
