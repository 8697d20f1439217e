package org.placewise.checks.rules.delegation;

import java.util.List;
import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Dependency;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.model.governance.LegalBasis;
import org.placewise.model.organisation.Organisation;
import org.placewise.model.query.LegalCapacity;

/** A section 65Z5 arrangement with a body the section does not cover. */
public final class Section65z5BodyNotCovered extends CheckRule<Delegation> {

	public Section65z5BodyNotCovered() {
		super(Delegation.class, GovernancePackage.Literals.DELEGATION, "delegation.section-65z5-body-not-covered",
				Severity.ERROR, "Section 65Z5 arrangement with a body the section does not cover",
				"Section 65Z5 of the NHS Act 2006 (inserted by the Health and Care Act 2022) lets NHS England, "
						+ "integrated care boards, NHS trusts, NHS foundation trusts, local authorities and combined "
						+ "authorities arrange for each other to exercise functions, or exercise them jointly. A VCSE "
						+ "organisation, a primary care network, a provider collaborative or another kind of body is not "
						+ "among them, so the arrangement has no basis in that section.");
	}

	@Override
	public void check(Delegation delegation, CheckContext context) {
		if (delegation.getLegalBasis() != LegalBasis.NHS_ACT_SECTION_65Z5) {
			return;
		}
		for (Organisation party : LegalBases.parties(delegation)) {
			if (!LegalCapacity.holdsStatutoryFunctions(party.getKind())
					|| party.getKind() == org.placewise.model.organisation.OrganisationKind.CLINICAL_COMMISSIONING_GROUP) {
				context.report(delegation,
						String.format(
								"Delegation %s rests on section 65Z5 of the NHS Act 2006, but %s is a %s, which the "
										+ "section does not cover",
								Figures.quoted(delegation), Figures.quoted(party),
								org.placewise.model.edit.label.PlacewiseLabels.literalInSentence(party.getKind())),
						party);
			}
		}
	}

	@Override
	public List<Dependency> dependencies() {
		return LegalBases.anyPartyChanged();
	}
}
