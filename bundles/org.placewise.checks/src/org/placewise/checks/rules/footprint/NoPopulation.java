package org.placewise.checks.rules.footprint;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.footprint.FootprintPackage;

/** A footprint with no population recorded. */
public final class NoPopulation extends CheckRule<Footprint> {

	public NoPopulation() {
		super(Footprint.class, FootprintPackage.Literals.FOOTPRINT, "footprint.no-population", Severity.INFO,
				"Footprint with no population recorded",
				"Population is what sizes a footprint (a place is usually a local authority area; a primary care network "
						+ "typically serves 30,000 to 50,000 people: NHS England, Network Contract DES) and what per-head "
						+ "measures and budgets are divided by; without it the nesting cannot be checked either.");
	}

	@Override
	public void check(Footprint footprint, CheckContext context) {
		if (footprint.getPopulation() == null) {
			context.report(footprint,
					String.format("Footprint %s has no population recorded", Figures.quoted(footprint)));
		}
	}
}
