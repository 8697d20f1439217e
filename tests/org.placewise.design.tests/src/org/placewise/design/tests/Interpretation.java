package org.placewise.design.tests;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.placewise.design.services.PlacewiseServices;
import org.placewise.model.core.CorePackage;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.finance.FinancePackage;
import org.placewise.model.footprint.FootprintPackage;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.model.measures.MeasuresPackage;
import org.placewise.model.organisation.OrganisationPackage;
import org.placewise.model.outcomes.OutcomesPackage;
import org.placewise.store.ModelFiles;

/**
 * What the interpretation tests share: the odesign loaded with dynamic EMF, an {@link ExpressionEvaluator} with the
 * viewpoint's services (judging dates against a fixed day, so findings are repeatable), and sample loading.
 */
final class Interpretation {

	/** The day the services judge dates against. */
	static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC),
			ZoneOffset.UTC);

	final SiriusModels models;
	final EObject odesign;
	final ExpressionEvaluator evaluator;

	Interpretation() {
		// The generated packages register themselves when first touched.
		List.of(CorePackage.eINSTANCE, FootprintPackage.eINSTANCE, OrganisationPackage.eINSTANCE,
				GovernancePackage.eINSTANCE, FinancePackage.eINSTANCE, OutcomesPackage.eINSTANCE,
				MeasuresPackage.eINSTANCE).forEach(p -> p.getNsURI());
		models = new SiriusModels();
		odesign = models.odesign();
		evaluator = new ExpressionEvaluator(models.placewisePackages(), List.of(new PlacewiseServices(CLOCK)));
	}

	EObject representation(String name) {
		return Odesign.representation(odesign, name);
	}

	static PlacewiseModel load(Path sample) throws Exception {
		return new ModelFiles().load(sample);
	}

	static List<Path> samples() throws Exception {
		return PlacewiseServicesTest.samples().toList();
	}
}
