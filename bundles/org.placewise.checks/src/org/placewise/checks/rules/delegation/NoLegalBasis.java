package org.placewise.checks.rules.delegation;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.model.governance.LegalBasis;

/** A delegation with no legal basis stated. */
public final class NoLegalBasis extends CheckRule<Delegation> {

	public NoLegalBasis() {
		super(Delegation.class, GovernancePackage.Literals.DELEGATION, "delegation.no-legal-basis", Severity.WARNING,
				"Delegation with no legal basis",
				"NHS bodies and councils can only delegate through the routes the law gives them: section 65Z5 "
						+ "or section 75 of the NHS Act 2006, the ICB constitution, section 101 of the Local Government "
						+ "Act (NHS Act 2006 sections 65Z5 and 75; Local Government Act 1972 section 101); a delegation "
						+ "without one may not be lawful.");
	}

	@Override
	public void check(Delegation delegation, CheckContext context) {
		if (delegation.getLegalBasis() == LegalBasis.NOT_STATED) {
			context.report(delegation,
					String.format("Delegation %s has no legal basis stated", Figures.quoted(delegation)));
		}
	}
}
