package org.placewise.checks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.placewise.model.core.CoreFactory;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.finance.Agreement;
import org.placewise.model.finance.AgreementKind;
import org.placewise.model.finance.Contribution;
import org.placewise.model.finance.FinanceFactory;
import org.placewise.model.finance.InvestmentBenefitFlow;
import org.placewise.model.finance.PooledBudget;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.footprint.FootprintFactory;
import org.placewise.model.footprint.FootprintKind;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.DecisionMaker;
import org.placewise.model.governance.DecisionArea;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernanceFactory;
import org.placewise.model.governance.Membership;
import org.placewise.model.governance.Partnership;
import org.placewise.model.governance.PartnershipModel;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresFactory;
import org.placewise.model.measures.Observation;
import org.placewise.model.organisation.Organisation;
import org.placewise.model.organisation.OrganisationKind;
import org.placewise.model.organisation.OrganisationFactory;
import org.placewise.model.organisation.Person;
import org.placewise.model.organisation.Role;
import org.placewise.model.organisation.RoleKind;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.OutcomesFactory;
import org.placewise.model.outcomes.Vision;
import org.placewise.model.outcomes.WorkProgramme;
import org.placewise.model.resource.Identities;
import org.placewise.model.resource.PlacewiseResourceFactory;

/** Builds small models in code for the rule cases: each method adds one object to the model. */
final class Fixture {
	/** The as-of date every fixture is checked with. */
	static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

	final PlacewiseModel model = CoreFactory.eINSTANCE.createPlacewiseModel();

	Fixture() {
		model.setName("Fixture");
		Resource resource = PlacewiseResourceFactory.register(new ResourceSetImpl())
				.createResource(org.eclipse.emf.common.util.URI.createURI("memory:/fixture.placewise"));
		resource.getContents().add(model);
	}

	/** @return every finding of the Placewise catalogue on the model, as of {@link #AS_OF} */
	List<Finding> check() {
		Identities.assignMissing(model);
		return new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, AS_OF).check(model);
	}

	static BigDecimal pounds(long amount) {
		return BigDecimal.valueOf(amount);
	}

	Footprint footprint(String name, FootprintKind kind, Long population) {
		Footprint footprint = FootprintFactory.eINSTANCE.createFootprint();
		footprint.setName(name);
		footprint.setKind(kind);
		footprint.setPopulation(population);
		model.getFootprints().add(footprint);
		return footprint;
	}

	Footprint child(Footprint parent, String name, FootprintKind kind, Long population) {
		Footprint footprint = FootprintFactory.eINSTANCE.createFootprint();
		footprint.setName(name);
		footprint.setKind(kind);
		footprint.setPopulation(population);
		parent.getChildren().add(footprint);
		return footprint;
	}

	Organisation organisation(String name) {
		Organisation organisation = OrganisationFactory.eINSTANCE.createOrganisation();
		organisation.setName(name);
		model.getOrganisations().add(organisation);
		return organisation;
	}

	Organisation organisation(String name, OrganisationKind kind) {
		Organisation organisation = organisation(name);
		organisation.setKind(kind);
		return organisation;
	}

	DecisionArea decisionArea(String name) {
		DecisionArea area = GovernanceFactory.eINSTANCE.createDecisionArea();
		area.setName(name);
		model.getDecisionAreas().add(area);
		return area;
	}

	Person person(String name) {
		Person person = OrganisationFactory.eINSTANCE.createPerson();
		person.setName(name);
		model.getPeople().add(person);
		return person;
	}

	Role role(String name, RoleKind kind, Person holder) {
		Role role = OrganisationFactory.eINSTANCE.createRole();
		role.setName(name);
		role.setKind(kind);
		role.setHolder(holder);
		model.getRoles().add(role);
		return role;
	}

	Board board(String name) {
		Board board = GovernanceFactory.eINSTANCE.createBoard();
		board.setName(name);
		model.getBoards().add(board);
		return board;
	}

	Membership member(Board board, Person person, Organisation represents) {
		Membership membership = GovernanceFactory.eINSTANCE.createMembership();
		membership.setPerson(person);
		membership.setRepresents(represents);
		membership.setVoting(true);
		board.getMemberships().add(membership);
		return membership;
	}

	/** Adds {@code count} members, each a new person representing {@code represents}. */
	void members(Board board, int count, Organisation represents) {
		for (int i = 1; i <= count; i++) {
			member(board, person(board.getName() + " member " + i), represents);
		}
	}

	Partnership partnership(String name, PartnershipModel kind) {
		Partnership partnership = GovernanceFactory.eINSTANCE.createPartnership();
		partnership.setName(name);
		partnership.setModel(kind);
		model.getPartnerships().add(partnership);
		return partnership;
	}

	Delegation delegation(String name, DecisionMaker delegator, DecisionMaker delegate, Long limit) {
		Delegation delegation = GovernanceFactory.eINSTANCE.createDelegation();
		delegation.setName(name);
		delegation.setDelegator(delegator);
		delegation.setDelegate(delegate);
		delegation.setFinancialLimit(limit == null ? null : pounds(limit));
		model.getDelegations().add(delegation);
		return delegation;
	}

	Agreement agreement(String name, AgreementKind kind, Organisation... parties) {
		Agreement agreement = FinanceFactory.eINSTANCE.createAgreement();
		agreement.setName(name);
		agreement.setKind(kind);
		agreement.getParties().addAll(List.of(parties));
		model.getAgreements().add(agreement);
		return agreement;
	}

	PooledBudget pool(String name, Long total) {
		PooledBudget pool = FinanceFactory.eINSTANCE.createPooledBudget();
		pool.setName(name);
		pool.setTotalAmount(total == null ? null : pounds(total));
		model.getPooledBudgets().add(pool);
		return pool;
	}

	Contribution contribution(PooledBudget pool, Organisation contributor, Long amount) {
		Contribution contribution = FinanceFactory.eINSTANCE.createContribution();
		contribution.setContributor(contributor);
		contribution.setAmount(amount == null ? null : pounds(amount));
		pool.getContributions().add(contribution);
		return contribution;
	}

	InvestmentBenefitFlow flow(String name, Organisation investedIn, Organisation beneficiary, long invested,
			long benefit) {
		InvestmentBenefitFlow flow = FinanceFactory.eINSTANCE.createInvestmentBenefitFlow();
		flow.setName(name);
		flow.setInvestedIn(investedIn);
		flow.setBeneficiary(beneficiary);
		flow.setInvestmentAmount(pounds(invested));
		flow.setExpectedBenefit(pounds(benefit));
		model.getInvestmentFlows().add(flow);
		return flow;
	}

	Vision vision(String name) {
		Vision vision = OutcomesFactory.eINSTANCE.createVision();
		vision.setName(name);
		model.getVisions().add(vision);
		return vision;
	}

	Outcome outcome(Vision vision, String name, String statement) {
		Outcome outcome = OutcomesFactory.eINSTANCE.createOutcome();
		outcome.setName(name);
		outcome.setStatement(statement);
		vision.getOutcomes().add(outcome);
		return outcome;
	}

	Outcome outcome(String name, String statement) {
		return outcome(vision("Vision"), name, statement);
	}

	Outcome childOutcome(Outcome parent, String name, String statement) {
		Outcome outcome = OutcomesFactory.eINSTANCE.createOutcome();
		outcome.setName(name);
		outcome.setStatement(statement);
		parent.getChildren().add(outcome);
		return outcome;
	}

	WorkProgramme programme(String name) {
		WorkProgramme programme = OutcomesFactory.eINSTANCE.createWorkProgramme();
		programme.setName(name);
		model.getProgrammes().add(programme);
		return programme;
	}

	Measure measure(String name) {
		Measure measure = MeasuresFactory.eINSTANCE.createMeasure();
		measure.setName(name);
		model.getMeasures().add(measure);
		return measure;
	}

	Observation observe(Measure measure, LocalDate on, String value) {
		Observation observation = MeasuresFactory.eINSTANCE.createObservation();
		observation.setObservedOn(on);
		observation.setObservedValue(value == null ? null : new BigDecimal(value));
		measure.getObservations().add(observation);
		return observation;
	}
}
