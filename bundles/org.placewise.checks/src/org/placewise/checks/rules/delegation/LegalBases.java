package org.placewise.checks.rules.delegation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.placewise.checks.Dependency;
import org.placewise.model.finance.FinancePackage;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.DecisionMaker;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.model.organisation.Organisation;
import org.placewise.model.organisation.OrganisationPackage;
import org.placewise.model.organisation.Role;

/** What the legal-basis rules share: the organisations behind a decision maker, and when to re-check. */
final class LegalBases {

	private LegalBases() {
	}

	/**
	 * The statutory bodies a decision maker acts for: an organisation itself, the organisation of a board or role, or
	 * the member organisations of a joint committee. Empty when the model does not say.
	 */
	static Set<Organisation> bodiesOf(DecisionMaker maker) {
		Set<Organisation> bodies = new LinkedHashSet<>();
		if (maker instanceof Organisation organisation) {
			bodies.add(organisation);
		} else if (maker instanceof Role role && role.getOrganisation() != null) {
			bodies.add(role.getOrganisation());
		} else if (maker instanceof Board board) {
			if (board.getOrganisation() != null) {
				bodies.add(board.getOrganisation());
			}
			bodies.addAll(board.getMemberOrganisations());
		}
		return bodies;
	}

	/** The bodies on both sides of a delegation. */
	static List<Organisation> parties(Delegation delegation) {
		List<Organisation> parties = new ArrayList<>(bodiesOf(delegation.getDelegator()));
		for (Organisation delegate : bodiesOf(delegation.getDelegate())) {
			if (!parties.contains(delegate)) {
				parties.add(delegate);
			}
		}
		return parties;
	}

	static List<Dependency> anyPartyChanged() {
		return List.of(
				Dependency.everywhere(OrganisationPackage.Literals.ORGANISATION__KIND,
						GovernancePackage.Literals.DELEGATION),
				Dependency.everywhere(GovernancePackage.Literals.BOARD__ORGANISATION,
						GovernancePackage.Literals.DELEGATION),
				Dependency.everywhere(GovernancePackage.Literals.BOARD__MEMBER_ORGANISATIONS,
						GovernancePackage.Literals.DELEGATION),
				Dependency.everywhere(OrganisationPackage.Literals.ROLE__ORGANISATION,
						GovernancePackage.Literals.DELEGATION),
				Dependency.everywhere(FinancePackage.Literals.AGREEMENT__PARTIES,
						GovernancePackage.Literals.DELEGATION),
				Dependency.everywhere(FinancePackage.Literals.AGREEMENT__KIND, GovernancePackage.Literals.DELEGATION));
	}
}
