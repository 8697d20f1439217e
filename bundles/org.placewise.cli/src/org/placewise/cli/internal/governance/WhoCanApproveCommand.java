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
import org.placewise.model.governance.DecisionArea;
import org.placewise.model.governance.DecisionMaker;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.EscalationRule;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.model.governance.LimitKind;
import org.placewise.model.organisation.Role;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.query.Approvals;
import org.placewise.model.query.Approvals.Approver;
import org.placewise.model.query.Approvals.Refused;

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

	@Option(names = "--amount", paramLabel = "POUNDS", description = "the value of the decision in pounds, e.g. 250000")
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
		out.println(heading(pounds, footprint, date));
		if (answer.areas().isEmpty()) {
			out.println();
			out.println("Nobody: no decision area's name contains '" + area.strip() + "'. The decision areas are: "
					+ names(loaded.getDecisionAreas()) + ".");
			out.flush();
			return ExitCode.FINDINGS;
		}
		for (DecisionArea decisionArea : answer.areas()) {
			out.println();
			out.println(PlacewiseLabels.name(decisionArea));
			List<Approver> approvers = answer.approvers().stream().filter(a -> a.area() == decisionArea).toList();
			List<Refused> refused = answer.refused().stream().filter(r -> r.area() == decisionArea).toList();
			if (approvers.isEmpty()) {
				out.println(
						"  Nobody may approve it" + (footprint == null ? "" : " at " + PlacewiseLabels.name(footprint))
								+ (refused.isEmpty() ? ": no body or role holds it." : ": see below."));
			} else {
				out.println("  May approve:");
				for (Approver approver : approvers) {
					out.println("    " + who(approver.maker()) + ": " + basis(approver));
					for (Delegation link : approver.chain()) {
						out.println("      " + link(link, decisionArea, date));
					}
				}
			}
			if (!refused.isEmpty()) {
				out.println("  May not:");
				for (Refused no : refused) {
					out.println("    " + who(no.maker()) + ": " + reason(no, pounds, date));
				}
			}
		}
		out.flush();
		return answer.approvers().isEmpty() ? ExitCode.FINDINGS : ExitCode.OK;
	}

	private BigDecimal pounds() {
		if (amount == null) {
			return null;
		}
		try {
			BigDecimal value = new BigDecimal(amount.strip().replace(",", "").replace("£", ""));
			if (value.signum() < 0) {
				throw new NumberFormatException();
			}
			return value;
		} catch (NumberFormatException e) {
			throw new UserInputException("--amount: '" + amount + "' is not an amount in pounds; write it as digits,"
					+ " e.g. 250000", e);
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
						+ at.strip() + "'; its footprints are: " + names(all) + "."));
	}

	private String heading(BigDecimal pounds, Footprint footprint, LocalDate date) {
		return "Who can approve " + (pounds == null ? "a decision" : PlacewiseLabels.money(pounds)) + " for '"
				+ area.strip() + "'" + (footprint == null ? "" : " at " + PlacewiseLabels.name(footprint)) + ", as of "
				+ PlacewiseLabels.date(date);
	}

	private static String who(DecisionMaker maker) {
		String name = PlacewiseLabels.name(maker);
		if (maker instanceof Role role && role.getHolder() != null) {
			return name + " (held by " + PlacewiseLabels.name(role.getHolder()) + ")";
		}
		return name;
	}

	private static String basis(Approver approver) {
		return switch (approver.basis()) {
		case RETAINED -> "retains this decision area for itself (reserved at board level)";
		case OWN_RIGHT -> "holds it in its own right and delegated it";
		case DELEGATED ->
			"by " + PlacewiseLabels.count(approver.chain().size(), GovernancePackage.Literals.DELEGATION) + ":";
		};
	}

	/** One delegation in a chain: from whom, limit, escalation, reserved matters, review. */
	private static String link(Delegation delegation, DecisionArea area, LocalDate date) {
		List<String> parts = new ArrayList<>();
		parts.add("'" + PlacewiseLabels.name(delegation) + "' from " + PlacewiseLabels.name(delegation.getDelegator()));
		if (delegation.getFinancialLimit() != null) {
			String pounds = PlacewiseLabels.money(delegation.getFinancialLimit());
			parts.add(switch (delegation.getLimitKind()) {
			case BUDGET -> PlacewiseLabels.literalInSentence(LimitKind.BUDGET) + " " + pounds;
			case PER_DECISION -> "limit " + pounds + " for "
					+ PlacewiseLabels.literalInSentence(LimitKind.PER_DECISION);
			default -> "limit " + pounds + " (whether for each decision or a budget is not recorded)";
			});
		}
		EscalationRule rule = delegation.getEscalationRule();
		if (rule != null && rule.getThresholdAmount() != null) {
			parts.add("decisions above " + PlacewiseLabels.money(rule.getThresholdAmount()) + " go to "
					+ PlacewiseLabels.name(rule.getEscalateTo()));
		}
		if (rule != null && rule.getCircumstances() != null && !rule.getCircumstances().isBlank()) {
			parts.add("also escalated: " + rule.getCircumstances().strip().replaceAll("\\.$", ""));
		}
		List<String> reserved = delegation.getReservedMatters().stream().map(PlacewiseLabels::name).toList();
		if (!reserved.isEmpty()) {
			parts.add("reserved: " + String.join(", ", reserved));
		}
		if (delegation.getReviewDate() != null && delegation.getReviewDate().isBefore(date)) {
			parts.add("review overdue since " + PlacewiseLabels.date(delegation.getReviewDate()));
		}
		if (delegation.getEndDate() != null) {
			parts.add("ends " + PlacewiseLabels.date(delegation.getEndDate()));
		}
		return String.join("; ", parts);
	}

	private static String reason(Refused no, BigDecimal pounds, LocalDate date) {
		Delegation at = no.at();
		String by = "'" + PlacewiseLabels.name(at) + "'";
		return switch (no.reason()) {
		case RETAINED -> "the decision area is retained by " + PlacewiseLabels.name(no.area().getRetainedBy())
				+ ", so " + by + " gives no authority for it";
		case NOT_IN_FORCE -> by + (at.getEndDate() != null && at.getEndDate().isBefore(date)
				? " ended on " + PlacewiseLabels.date(at.getEndDate())
				: " starts on " + PlacewiseLabels.date(at.getStartDate()));
		case ABOVE_LIMIT -> PlacewiseLabels.money(pounds) + " is above the limit of "
				+ PlacewiseLabels.money(at.getFinancialLimit()) + " set by " + by;
		case MUST_ESCALATE -> PlacewiseLabels.money(pounds) + " is above "
				+ PlacewiseLabels.money(at.getEscalationRule().getThresholdAmount()) + ", so under " + by
				+ " it goes to " + PlacewiseLabels.name(at.getEscalationRule().getEscalateTo());
		case RESERVED -> by + " keeps it back as reserved matter "
				+ names(Approvals.reservedFor(at, no.area()));
		case CANNOT_RECEIVE -> "it cannot lawfully receive a delegation (see 'placewise check', rule"
				+ " delegation.delegate-lacks-legal-capacity)";
		case VACANT -> "the role is vacant (nobody holds it)";
		};
	}

	private static String names(List<?> elements) {
		return elements.isEmpty() ? "none"
				: String.join(", ", elements.stream().map(e -> "'" + PlacewiseLabels.name(e) + "'").toList());
	}
}
