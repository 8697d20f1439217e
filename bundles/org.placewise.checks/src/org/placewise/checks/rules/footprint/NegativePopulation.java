package org.placewise.checks.rules.footprint;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.footprint.FootprintPackage;

/** A footprint whose population is below zero: a typing slip or a sign lost in a spreadsheet. */
public final class NegativePopulation extends CheckRule<Footprint> {

	public NegativePopulation() {
		super(Footprint.class, FootprintPackage.Literals.FOOTPRINT, "footprint.negative-population", Severity.ERROR,
				"Footprint with a population below zero",
				"No footprint has fewer than no people: a negative population is a slip in typing or in a spreadsheet,"
						+ " and every per-head figure and the nesting of footprints divide by it.");
	}

	@Override
	public void check(Footprint footprint, CheckContext context) {
		Long population = footprint.getPopulation();
		if (population != null && population < 0) {
			context.report(footprint, String.format("Footprint %s has a population of %s; a population cannot be"
					+ " below 0", Figures.quoted(footprint), Figures.count(population)));
		}
	}
}
