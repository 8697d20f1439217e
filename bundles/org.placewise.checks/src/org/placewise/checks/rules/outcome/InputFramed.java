package org.placewise.checks.rules.outcome;

import java.util.Locale;
import java.util.regex.Pattern;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.OutcomesPackage;

/** An outcome written as something to set up or do, rather than a change for people. */
public final class InputFramed extends CheckRule<Outcome> {
	/** Statements that begin with an action on a service describe an input, not an outcome. */
	private static final Pattern INPUT = Pattern
			.compile("^(to )?(set up|setting up|establish|create|implement|deliver|launch"
					+ "|build|develop|introduce|commission|procure|recruit|open|roll out|restructure|redesign|integrate|merge"
					+ "|invest in|fund|appoint|agree|produce|write)\\b.*");

	public InputFramed() {
		super(Outcome.class, OutcomesPackage.Literals.OUTCOME, "outcome.input-framed", Severity.WARNING,
				"Outcome framed as an input",
				"Good outcomes are specific and about people (\"more people return home after a hospital stay\"); "
						+ "\"set up a new service\" is an input, and a partnership that measures inputs cannot tell whether "
						+ "anyone is better off (Integration at place toolkit, NHS Providers 2022: start with outcomes).");
	}

	@Override
	public void check(Outcome outcome, CheckContext context) {
		String text = statement(outcome);
		if (text != null && INPUT.matcher(text.strip().toLowerCase(Locale.ROOT)).matches()) {
			context.report(outcome,
					String.format("Outcome %s is framed as an input (\"%s\"): say what changes for people",
							Figures.quoted(outcome), text.strip()));
		}
	}

	/** @return the statement, or the name when no statement is written */
	static String statement(Outcome outcome) {
		return outcome.getStatement() != null && !outcome.getStatement().isBlank() ? outcome.getStatement()
				: outcome.getName();
	}
}
