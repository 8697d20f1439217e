package org.placewise.model;

import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.placewise.model.core.CorePackage;
import org.placewise.model.finance.FinancePackage;
import org.placewise.model.footprint.FootprintPackage;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.model.measures.MeasuresPackage;
import org.placewise.model.organisation.OrganisationPackage;
import org.placewise.model.outcomes.OutcomesPackage;

/**
 * The packages of the Placewise metamodel, one per subdomain: the one list the validator, the repository server and its
 * clients register.
 */
public final class PlacewisePackages {

	private PlacewisePackages() {
	}

	/** @return every Placewise package, core first */
	public static List<EPackage> all() {
		return List.of(CorePackage.eINSTANCE, FootprintPackage.eINSTANCE, OrganisationPackage.eINSTANCE,
				GovernancePackage.eINSTANCE, FinancePackage.eINSTANCE, OutcomesPackage.eINSTANCE,
				MeasuresPackage.eINSTANCE);
	}
}
