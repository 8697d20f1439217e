package org.placewise.cli.internal.governance;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.placewise.cli.internal.AsOfOption;
import org.placewise.cli.internal.ExitCode;
import org.placewise.cli.internal.ModelSource;
import org.placewise.cli.internal.UserInputException;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.edit.label.ApprovalWords;
import org.placewise.model.edit.label.ApprovalWords.Line;
import org.placewise.model.query.Approvals;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code placewise who-can-approve MODEL --for AREA [--amount POUNDS] [--at FOOTPRINT] [--as-of DATE]}: every body and
 * role that may take a decision, with the chain of delegations that gives it authority, the limits, escalation rules
 * and reserved matters along it; and every delegate that may not, with the reason.
 */
@Command(name = "who-can-approve", mixinStandardHelpOptions = true,
		description = { "Who may take a decision: every body and role with authority for the decision area, the chain"
				+ " of delegations that gives it, limits, escalation and reserved matters along the way, and who may"
				+ " not and why." },
		footer = { "", "Exit codes: 0 someone may approve, 1 nobody may, 2 bad input or usage, 3 internal error." })
public final class WhoCanApproveCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "MODEL", description = "the model file (.placewise) or repository URL")
	String model;

	@Option(names = "--for", required = true, paramLabel = "AREA",
			description = "words from the name of the decision area, e.g. \"discharge fund\"")
	String area;

	@Option(names = "--amount", paramLabel = "POUNDS",
			description = "the value of the decision in pounds, e.g. 250000, 250,000 or £250k")
	String amount;

	@Option(names = "--at", paramLabel = "FOOTPRINT",
			description = "only bodies and roles working at this footprint, above it or below it, e.g. Wigan")
	String at;

	@Mixin
	AsOfOption asOf;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		BigDecimal pounds = pounds();
		LocalDate date = asOf.date();
		PlacewiseModel loaded = ModelSource.open(model, spec.commandLine().getErr());
		Footprint footprint = at == null ? null : footprint(loaded);
		Approvals.Answer answer = Approvals.whoCanApprove(loaded, pounds, area, footprint, date);
		out.println(ApprovalWords.question(pounds, area, footprint, date));
		for (Line line : ApprovalWords.outline(answer, area, loaded.getDecisionAreas(), pounds, footprint, date)) {
			out.println();
			print(out, line, "");
		}
		out.flush();
		return answer.approvers().isEmpty() ? ExitCode.FINDINGS : ExitCode.OK;
	}

	private static void print(PrintWriter out, Line line, String indent) {
		out.println(indent + line.text());
		for (Line child : line.children()) {
			print(out, child, indent + "  ");
		}
	}

	private BigDecimal pounds() {
		if (amount == null) {
			return null;
		}
		try {
			return ApprovalWords.pounds(amount);
		} catch (IllegalArgumentException e) {
			throw new UserInputException("--amount: " + e.getMessage(), e);
		}
	}

	private Footprint footprint(PlacewiseModel loaded) {
		List<Footprint> all = new ArrayList<>();
		EcoreUtil.<Object>getAllContents(loaded.getFootprints(), false).forEachRemaining(o -> {
			if (o instanceof Footprint f) {
				all.add(f);
			}
		});
		return all.stream().filter(f -> f.getName() != null && f.getName().strip().equalsIgnoreCase(at.strip()))
				.findFirst().orElseThrow(() -> new UserInputException("--at: the model has no footprint named '"
						+ at.strip() + "'; its footprints are: " + ApprovalWords.names(all) + "."));
	}
}
