package org.placewise.outcomes.checks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.placewise.checks.Dependency;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresPackage;
import org.placewise.model.measures.Observation;
import org.placewise.model.measures.ProcessChange;

/** What the SPC rules share: a change to a measure's figures re-checks the objects that read them. */
final class MeasureData {

	private MeasureData() {
	}

	/**
	 * @param readers from a measure to the rule targets that read its figures
	 * @return dependencies on everything the SPC reading of a measure uses: its observations, direction, target,
	 *         baseline date and process changes
	 */
	static List<Dependency> readBy(Function<Measure, Collection<? extends EObject>> readers) {
		return List.of(Dependency.on(MeasuresPackage.Literals.MEASURE__OBSERVATIONS, readers::apply),
				Dependency.on(MeasuresPackage.Literals.MEASURE__DESIRED_DIRECTION, readers::apply),
				Dependency.on(MeasuresPackage.Literals.MEASURE__TARGET_VALUE, readers::apply),
				Dependency.on(MeasuresPackage.Literals.MEASURE__BASELINE_DATE, readers::apply),
				Dependency.on(MeasuresPackage.Literals.MEASURE__PROCESS_CHANGES, readers::apply),
				Dependency.on(MeasuresPackage.Literals.OBSERVATION__OBSERVED_VALUE,
						(Observation o) -> of(o.getMeasure(), readers)),
				Dependency.on(MeasuresPackage.Literals.OBSERVATION__OBSERVED_ON,
						(Observation o) -> of(o.getMeasure(), readers)),
				Dependency.on(MeasuresPackage.Literals.PROCESS_CHANGE__CHANGED_ON,
						(ProcessChange c) -> of(c.eContainer() instanceof Measure m ? m : null, readers)));
	}

	private static Collection<? extends EObject> of(Measure measure,
			Function<Measure, Collection<? extends EObject>> readers) {
		return measure == null ? List.of() : new ArrayList<>(readers.apply(measure));
	}
}
