package org.placewise.checks.rules.footprint;

import java.util.List;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Dependency;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.footprint.FootprintPackage;
import org.placewise.model.query.Footprints;

/** Footprints nested in another are recorded with more people than the footprint they make up. */
public final class ChildrenOutpopulateParent extends CheckRule<Footprint> {

	public ChildrenOutpopulateParent() {
		super(Footprint.class, FootprintPackage.Literals.FOOTPRINT, "footprint.children-outpopulate-parent",
				Severity.ERROR,
				"Nested footprints have more people than the footprint they are nested in",
				"Places, localities and neighbourhoods divide their parent footprint between them, so their populations "
						+ "add up to at most the parent's (King's Fund, place-based systems of care: systems within systems). "
						+ "More people below than above means a population or a nesting is wrong, and every per-head figure "
						+ "built on them is wrong too.");
	}

	@Override
	public void check(Footprint footprint, CheckContext context) {
		if (Footprints.childrenOutpopulate(footprint)) {
			context.report(footprint,
					String.format("Footprint %s has a population of %s but the %s nested in it add up to %s",
							Figures.quoted(footprint), Figures.count(footprint.getPopulation()),
							Figures.many(footprint.getChildren().size(), "footprint"),
							Figures.count(Footprints.childrenPopulation(footprint))),
					footprint.getChildren().toArray(new Footprint[0]));
		}
	}

	@Override
	public List<Dependency> dependencies() {
		return List.of(Dependency.onOne(FootprintPackage.Literals.FOOTPRINT__POPULATION, Footprint::getParent));
	}
}
