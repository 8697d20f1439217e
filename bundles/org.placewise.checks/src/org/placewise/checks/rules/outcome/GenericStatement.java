package org.placewise.checks.rules.outcome;

import java.util.Locale;
import java.util.regex.Pattern;

import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.OutcomesPackage;

/** An outcome so generic it could belong to any partnership ("improve outcomes"). */
public final class GenericStatement extends CheckRule<Outcome> {
	private static final Pattern GENERIC = Pattern
			.compile("^(to )?(improve|improving|better|enhance|transform|increase|"
					+ "deliver better|achieve better)( the)? (health )?(outcomes|health|care|services|wellbeing|well-being|"
					+ "health and wellbeing|health and care|population health|quality|quality of care|lives)"
					+ "( for (people|everyone|residents|all|our population|local people|patients))?[.!]?$");

	public GenericStatement() {
		super(Outcome.class, OutcomesPackage.Literals.OUTCOME, "outcome.generic-statement", Severity.WARNING,
				"Generic outcome statement",
				"\"Improve outcomes\" could be anyone's goal and no measure can show it met; good outcomes say which "
						+ "people and what changes for them (Integration at place toolkit, NHS Providers 2022: start with "
						+ "specific, shared outcomes).");
	}

	@Override
	public void check(Outcome outcome, CheckContext context) {
		String text = InputFramed.statement(outcome);
		if (text != null && GENERIC.matcher(text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")).matches()) {
			context.report(outcome,
					String.format("Outcome %s is too generic (\"%s\"): say which people and what changes for them",
							Figures.quoted(outcome), text.strip()));
		}
	}
}
