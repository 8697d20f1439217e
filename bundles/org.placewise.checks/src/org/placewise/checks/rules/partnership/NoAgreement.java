package org.placewise.checks.rules.partnership;

import java.util.EnumSet;
import java.util.Set;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.model.governance.Partnership;
import org.placewise.model.governance.PartnershipModel;

/** A partnership (beyond an informal forum) with no partnership agreement, MoU or contract. */
public final class NoAgreement extends CheckRule<Partnership> {
	/** Informal forums need no written agreement; a merger is one organisation. */
	private static final Set<PartnershipModel> NO_AGREEMENT_NEEDED = EnumSet.of(PartnershipModel.CONSULTATIVE_FORUM,
			PartnershipModel.MERGER);

	public NoAgreement() {
		super(Partnership.class, GovernancePackage.Literals.PARTNERSHIP, "partnership.no-agreement", Severity.WARNING,
				"Partnership with no written agreement",
				"Beyond an informal forum, partners set down what they agree to do together in a partnership agreement, "
						+ "memorandum of understanding, alliance or lead-provider contract (King's Fund, place-based "
						+ "systems of care: governance options); the agreement is what delegations and pooled budgets rest on.");
	}

	@Override
	public void check(Partnership partnership, CheckContext context) {
		if (partnership.getAgreement() == null && !NO_AGREEMENT_NEEDED.contains(partnership.getModel())) {
			String model = partnership.getModel() == PartnershipModel.NOT_STATED ? ""
					: " (" + PlacewiseLabels.literalInSentence(partnership.getModel()) + ")";
			context.report(partnership, String.format("Partnership %s%s has no partnership agreement, memorandum of "
					+ "understanding or contract", Figures.quoted(partnership), model));
		}
	}
}
