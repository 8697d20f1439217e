package org.placewise.ui.internal.wizards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.placewise.checks.Checker;
import org.placewise.checks.Finding;
import org.placewise.model.core.CorePackage;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.governance.DecisionMaker;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.EscalationRule;
import org.placewise.model.governance.GovernanceFactory;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.model.governance.LegalBasis;
import org.placewise.model.governance.ReservedMatter;

/**
 * A delegation being written in the new delegation wizard: what has been typed so far, what the check catalogue finds
 * on it, and the one command that adds it to the model.
 * <p>
 * The findings come from the catalogue itself, run on the draft inside a scratch copy of the model (made once, when
 * first needed): the real model is never touched until Finish, and no rule is written twice.
 *
 * @param name                    the name
 * @param delegator               who delegates (an object of the real model), may be null
 * @param delegate                to whom, may be null
 * @param scope                   what is delegated
 * @param limit                   the £ limit, may be null
 * @param legalBasis              the legal basis
 * @param reservedMatters         the names of the matters kept back
 * @param escalationThreshold     decisions above this go back up, may be null
 * @param escalateTo              to whom they go, may be null
 * @param escalationCircumstances other circumstances that go back up
 * @param startDate               from when, may be null
 * @param reviewDate              when it is reviewed, may be null
 */
public record DelegationDraft(String name, DecisionMaker delegator, DecisionMaker delegate, String scope,
		BigDecimal limit, LegalBasis legalBasis, List<String> reservedMatters, BigDecimal escalationThreshold,
		DecisionMaker escalateTo, String escalationCircumstances, LocalDate startDate, LocalDate reviewDate) {

	public DelegationDraft {
		reservedMatters = List.copyOf(reservedMatters);
	}

	/** @return whether the draft says anything about escalation */
	boolean hasEscalation() {
		return escalationThreshold != null || escalateTo != null
				|| escalationCircumstances != null && !escalationCircumstances.isBlank();
	}

	/**
	 * @param resolve maps an object of the real model to the model the delegation is made in
	 * @return a new delegation with the draft's values, not yet in any model, its delegator and delegate unset (they
	 *         have opposites, so they are set by commands once it is added)
	 */
	Delegation newDelegation(java.util.function.UnaryOperator<EObject> resolve) {
		Delegation delegation = GovernanceFactory.eINSTANCE.createDelegation();
		delegation.setName(blankToNull(name));
		delegation.setScope(blankToNull(scope));
		delegation.setFinancialLimit(limit);
		delegation.setLegalBasis(legalBasis == null ? LegalBasis.NOT_STATED : legalBasis);
		delegation.setStartDate(startDate);
		delegation.setReviewDate(reviewDate);
		for (String matterName : reservedMatters) {
			ReservedMatter matter = GovernanceFactory.eINSTANCE.createReservedMatter();
			matter.setName(matterName);
			delegation.getReservedMatters().add(matter);
		}
		if (hasEscalation()) {
			EscalationRule rule = GovernanceFactory.eINSTANCE.createEscalationRule();
			rule.setThresholdAmount(escalationThreshold);
			rule.setEscalateTo(escalateTo == null ? null : (DecisionMaker) resolve.apply(escalateTo));
			rule.setCircumstances(blankToNull(escalationCircumstances));
			delegation.setEscalationRule(rule);
		}
		return delegation;
	}

	/**
	 * @param domain the model's editing domain
	 * @param model  the model
	 * @return one command adding the delegation with its delegator and delegate: one Undo removes it all
	 */
	public Command command(EditingDomain domain, PlacewiseModel model) {
		Delegation delegation = newDelegation(o -> o);
		CompoundCommand add = new CompoundCommand("New delegation '" + PlacewiseLabels.name(delegation) + "'");
		add.append(AddCommand.create(domain, model, CorePackage.Literals.PLACEWISE_MODEL__DELEGATIONS, delegation));
		if (delegator != null) {
			add.append(
					SetCommand.create(domain, delegation, GovernancePackage.Literals.DELEGATION__DELEGATOR, delegator));
		}
		if (delegate != null) {
			add.append(
					SetCommand.create(domain, delegation, GovernancePackage.Literals.DELEGATION__DELEGATE, delegate));
		}
		return add;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** Checks drafts against a scratch copy of a model. */
	public static final class Check {
		private final PlacewiseModel model;
		private final Checker checker;
		private EcoreUtil.Copier copier;
		private PlacewiseModel scratch;
		private Delegation previous;

		/**
		 * @param model   the real model (never changed)
		 * @param checker the catalogue and profile to run
		 */
		public Check(PlacewiseModel model, Checker checker) {
			this.model = model;
			this.checker = checker;
		}

		/**
		 * @param draft a draft
		 * @return what the catalogue finds on the draft delegation, most severe first
		 */
		public List<Finding> findings(DelegationDraft draft) {
			if (scratch == null) {
				copier = new EcoreUtil.Copier();
				scratch = (PlacewiseModel) copier.copy(model);
				copier.copyReferences();
			}
			if (previous != null) {
				previous.setDelegator(null);
				previous.setDelegate(null);
				scratch.getDelegations().remove(previous);
			}
			Delegation delegation = draft.newDelegation(this::inScratch);
			scratch.getDelegations().add(delegation);
			delegation.setDelegator((DecisionMaker) inScratch(draft.delegator()));
			delegation.setDelegate((DecisionMaker) inScratch(draft.delegate()));
			previous = delegation;
			return checker.checkObject(delegation).stream()
					.sorted(Comparator.comparing(Finding::severity).reversed()).toList();
		}

		private EObject inScratch(Object original) {
			return original == null ? null : copier.get(original);
		}
	}
}
