package org.placewise.checks.rules.delegation;

import java.util.List;
import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Dependency;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.governance.BoardKind;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.model.organisation.OrganisationPackage;
import org.placewise.model.query.LegalCapacity;

/** A delegation to a body that cannot lawfully receive one. */
public final class DelegateLacksLegalCapacity extends CheckRule<Delegation> {

	public DelegateLacksLegalCapacity() {
		super(Delegation.class, GovernancePackage.Literals.DELEGATION, "delegation.delegate-lacks-legal-capacity",
				Severity.ERROR, "Delegation to a body that cannot receive one",
				"Statutory functions can be delegated only to bodies the law lets exercise them: an integrated care "
						+ "board, an NHS trust or foundation trust, a local authority, their committees, sub-committees "
						+ "and officers, or a joint committee of such bodies (NHS Act 2006 sections 65Z5 and 65Z6; "
						+ "Local Government Act 1972 section 101). A partnership board, a consultative forum, committees "
						+ "in common meeting together, a provider collaborative, a VCSE organisation or a primary care "
						+ "network cannot receive them, so decisions taken there bind nobody unless a body with the "
						+ "function takes them.");
	}

	@Override
	public void check(Delegation delegation, CheckContext context) {
		if (delegation.getDelegate() == null) {
			return;
		}
		LegalCapacity.whyCannotReceive(delegation.getDelegate()).ifPresent(incapacity -> {
			String kind = incapacity.kind() == null ? "" : PlacewiseLabels.literalInSentence(incapacity.kind());
			String why = switch (incapacity.reason()) {
			case ORGANISATION_KIND -> "it is a " + kind + ", which holds no statutory functions";
			case ROLE_OF_ORGANISATION_KIND -> "it is a role of " + Figures.quoted(incapacity.organisation())
					+ ", a " + kind + ", which holds no statutory functions";
			case BOARD_OF_ORGANISATION_KIND -> "it is a board of " + Figures.quoted(incapacity.organisation())
					+ ", a " + kind + ", which holds no statutory functions";
			case CONSULTATIVE_FORUM -> "it is the board of a consultative forum, which advises and decides nothing";
			case BOARD_KIND -> "it is a " + kind + (incapacity.kind() == BoardKind.COMMITTEES_IN_COMMON
					? ", where each committee decides for its own body; delegate to one of the committees"
					: ", not a committee of a statutory body");
			case JOINT_COMMITTEE_MEMBER -> "its member " + Figures.quoted(incapacity.organisation()) + " is a "
					+ kind + ", which holds no statutory functions to exercise jointly";
			};
			context.report(delegation, String.format("Delegation %s goes to %s, which cannot receive it: %s",
					Figures.quoted(delegation), Figures.quoted(delegation.getDelegate()), why),
					delegation.getDelegate());
		});
	}

	@Override
	public List<Dependency> dependencies() {
		return List.of(
				Dependency.everywhere(GovernancePackage.Literals.BOARD__KIND, GovernancePackage.Literals.DELEGATION),
				Dependency.everywhere(GovernancePackage.Literals.BOARD__ORGANISATION,
						GovernancePackage.Literals.DELEGATION),
				Dependency.everywhere(GovernancePackage.Literals.BOARD__MEMBER_ORGANISATIONS,
						GovernancePackage.Literals.DELEGATION),
				Dependency.everywhere(GovernancePackage.Literals.PARTNERSHIP__MODEL,
						GovernancePackage.Literals.DELEGATION),
				Dependency.everywhere(OrganisationPackage.Literals.ORGANISATION__KIND,
						GovernancePackage.Literals.DELEGATION),
				Dependency.everywhere(OrganisationPackage.Literals.ROLE__ORGANISATION,
						GovernancePackage.Literals.DELEGATION));
	}
}
