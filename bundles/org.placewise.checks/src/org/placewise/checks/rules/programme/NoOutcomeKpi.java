package org.placewise.checks.rules.programme;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Dependency;
import org.placewise.checks.QuickFix;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresFactory;
import org.placewise.model.measures.MeasuresPackage;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.OutcomesPackage;
import org.placewise.model.outcomes.WorkProgramme;
import org.placewise.model.query.Outcomes;

/** The headline gap: a programme serves outcomes, but none of them has a measure to show progress. */
public final class NoOutcomeKpi extends CheckRule<WorkProgramme> {

	public NoOutcomeKpi() {
		super(WorkProgramme.class, OutcomesPackage.Literals.WORK_PROGRAMME, "programme.no-outcome-kpi", Severity.ERROR,
				"Work programme lacking an outcome KPI",
				"A programme is judged by the outcomes it serves; without at least one measure on those outcomes "
						+ "nobody can tell whether it is working (Integration at place toolkit: start with outcomes, "
						+ "then agree a small set of measures of success).");
	}

	@Override
	public void check(WorkProgramme programme, CheckContext context) {
		if (programme.getOutcomesServed().isEmpty() || !Outcomes.outcomeMeasures(programme).isEmpty()) {
			return; // a programme with no outcome at all is programme.no-outcome's finding
		}
		int outcomes = programme.getOutcomesServed().size();
		context.report(programme,
				String.format("Work programme %s serves %s but none has a measure (KPI) to show progress",
						Figures.quoted(programme), Figures.many(outcomes, "outcome")),
				programme.getOutcomesServed().toArray(new Outcome[0]));
	}

	@Override
	public List<Dependency> dependencies() {
		return List.of(
				Dependency.on(OutcomesPackage.Literals.OUTCOME__EVIDENCED_BY,
						(Outcome o) -> Outcomes.programmesServing(o)),
				Dependency.on(OutcomesPackage.Literals.OUTCOME__SERVED_BY,
						(Outcome o) -> Outcomes.programmesServing(o)),
				Dependency.on(OutcomesPackage.Literals.OUTCOME__CHILDREN, (Outcome o) -> Outcomes.programmesServing(o)),
				Dependency.on(OutcomesPackage.Literals.OUTCOME__PARENT, (Outcome o) -> Outcomes.programmesServing(o)),
				Dependency.on(MeasuresPackage.Literals.MEASURE__EVIDENCED_OUTCOMES,
						(Measure m) -> m.getEvidencedOutcomes()
								.stream().flatMap(o -> Outcomes.programmesServing(o).stream()).toList()));
	}

	@Override
	public Optional<QuickFix<WorkProgramme>> quickFix() {
		return Optional.of(new QuickFix<>() {
			@Override
			public String label() {
				return "Add a KPI stub to the programme's first outcome";
			}

			@Override
			public Command createCommand(EditingDomain domain, WorkProgramme programme, CheckContext context) {
				Outcome outcome = programme.getOutcomesServed().get(0);
				Measure stub = MeasuresFactory.eINSTANCE.createMeasure();
				stub.setName("KPI for " + (outcome.getName() != null ? outcome.getName() : "outcome"));
				CompoundCommand fix = new CompoundCommand(label());
				fix.append(
						AddCommand.create(domain, programme, OutcomesPackage.Literals.WORK_PROGRAMME__MEASURES, stub));
				fix.append(
						AddCommand.create(domain, stub, MeasuresPackage.Literals.MEASURE__EVIDENCED_OUTCOMES, outcome));
				return fix;
			}
		});
	}
}
