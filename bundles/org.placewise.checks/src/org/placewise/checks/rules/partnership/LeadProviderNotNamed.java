package org.placewise.checks.rules.partnership;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.model.governance.Partnership;
import org.placewise.model.governance.PartnershipModel;

/** A lead-provider partnership that names no lead provider, or one that is not a partner. */
public final class LeadProviderNotNamed extends CheckRule<Partnership> {

	public LeadProviderNotNamed() {
		super(Partnership.class, GovernancePackage.Literals.PARTNERSHIP, "partnership.lead-provider-not-named",
				Severity.ERROR, "Lead-provider partnership without a lead provider among its partners",
				"In a lead-provider model one partner holds the contract and subcontracts the others (King's Fund, "
						+ "place-based systems of care); that partner must be named and must be one of the partners, "
						+ "or accountability for the contract is unclear.");
	}

	@Override
	public void check(Partnership partnership, CheckContext context) {
		if (partnership.getModel() != PartnershipModel.LEAD_PROVIDER) {
			return;
		}
		if (partnership.getLeadProvider() == null) {
			context.report(partnership,
					String.format("Partnership %s is a lead-provider arrangement but names no lead provider",
							Figures.quoted(partnership)));
		} else if (!partnership.getPartners().contains(partnership.getLeadProvider())) {
			context.report(partnership, String.format("Lead provider %s of partnership %s is not one of its %s",
					Figures.quoted(partnership.getLeadProvider()), Figures.quoted(partnership),
					Figures.many(partnership.getPartners().size(), "partner")), partnership.getLeadProvider());
		}
	}
}
