package org.placewise.checks.rules.partnership;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.placewise.checks.CheckContext;
import org.placewise.checks.CheckRule;
import org.placewise.checks.QuickFix;
import org.placewise.checks.Severity;
import org.placewise.checks.rules.Figures;
import org.placewise.model.governance.DisputeResolutionProcedure;
import org.placewise.model.governance.GovernanceFactory;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.model.governance.Partnership;

/** A partnership with no agreed way of resolving disputes between its partners. */
public final class NoDisputeProcedure extends CheckRule<Partnership> {

	public NoDisputeProcedure() {
		super(Partnership.class, GovernancePackage.Literals.PARTNERSHIP, "partnership.no-dispute-procedure",
				Severity.WARNING,
				"Partnership with no dispute-resolution procedure",
				"Partners keep their own statutory accountabilities, so disagreements will come; the Integration at place "
						+ "toolkit (NHS Providers, 2022) advises setting out a plan for discussing and resolving disputes "
						+ "early, before it is needed, and considering independent facilitation.");
	}

	@Override
	public void check(Partnership partnership, CheckContext context) {
		if (partnership.getDisputeResolution() == null) {
			context.report(partnership, String.format("Partnership %s has no agreed dispute-resolution procedure",
					Figures.quoted(partnership)));
		}
	}

	@Override
	public Optional<QuickFix<Partnership>> quickFix() {
		return Optional.of(new QuickFix<>() {
			@Override
			public String label() {
				return "Add a dispute-resolution procedure stub to be agreed by the partners";
			}

			@Override
			public Command createCommand(EditingDomain domain, Partnership partnership, CheckContext context) {
				DisputeResolutionProcedure stub = GovernanceFactory.eINSTANCE.createDisputeResolutionProcedure();
				stub.setName("Dispute resolution procedure (to be agreed)");
				stub.setDescription("Added by Placewise on " + Figures.date(context.asOf())
						+ ": record how partners raise, escalate and resolve disputes, and who facilitates.");
				return SetCommand.create(domain, partnership,
						GovernancePackage.Literals.PARTNERSHIP__DISPUTE_RESOLUTION, stub);
			}
		});
	}
}
