package org.placewise.checks.rules.footprint;

import java.util.List;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Dependency;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.footprint.FootprintKind;
import org.placewise.model.footprint.FootprintPackage;

/** A footprint nested in one at the same or a lower level (a place inside a locality, say). */
public final class NestedAtWrongLevel extends CheckRule<Footprint> {

	public NestedAtWrongLevel() {
		super(Footprint.class, FootprintPackage.Literals.FOOTPRINT, "footprint.nested-at-wrong-level", Severity.ERROR,
				"Footprint nested at the wrong level",
				"Integrated care systems contain places, places contain localities and neighbourhoods (King's Fund, "
						+ "place-based systems of care; NHS England, Thriving places). A footprint nested in one at its own "
						+ "level or below turns the systems-within-systems picture upside down, and delegation follows it.");
	}

	@Override
	public void check(Footprint footprint, CheckContext context) {
		Footprint parent = footprint.getParent();
		if (parent != null && footprint.getKind().getValue() <= parent.getKind().getValue()) {
			context.report(footprint, String.format("Footprint %s is %s but is nested in %s, which is %s: it should be "
					+ "nested in a footprint at a higher level", Figures.quoted(footprint), words(footprint.getKind()),
					Figures.quoted(parent),
					words(parent.getKind())), parent);
		}
	}

	static String words(FootprintKind kind) {
		String words = PlacewiseLabels.literalInSentence(kind);
		return (words.startsWith("i") ? "an " : "a ") + words;
	}

	@Override
	public List<Dependency> dependencies() {
		return List.of(Dependency.on(FootprintPackage.Literals.FOOTPRINT__KIND, (Footprint f) -> f.getChildren()));
	}
}
