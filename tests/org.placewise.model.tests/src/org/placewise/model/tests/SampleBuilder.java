package org.placewise.model.tests;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
import org.placewise.model.core.CoreFactory;
import org.placewise.model.core.Frequency;
import org.placewise.model.core.Identified;
import org.placewise.model.core.NamedElement;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.finance.FinanceFactory;
import org.placewise.model.finance.InvestmentBenefitFlow;
import org.placewise.model.finance.PooledBudget;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.footprint.FootprintFactory;
import org.placewise.model.footprint.FootprintKind;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.BoardKind;
import org.placewise.model.governance.DecisionMaker;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernanceFactory;
import org.placewise.model.governance.Membership;
import org.placewise.model.governance.Partnership;
import org.placewise.model.governance.PartnershipModel;
import org.placewise.model.measures.DesiredDirection;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasureKind;
import org.placewise.model.measures.MeasuresFactory;
import org.placewise.model.organisation.Organisation;
import org.placewise.model.organisation.OrganisationFactory;
import org.placewise.model.organisation.OrganisationKind;
import org.placewise.model.organisation.Person;
import org.placewise.model.organisation.Role;
import org.placewise.model.organisation.RoleKind;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.OutcomeLevel;
import org.placewise.model.outcomes.OutcomesFactory;
import org.placewise.model.outcomes.Vision;
import org.placewise.model.outcomes.WorkProgramme;

/**
 * Small fluent helpers for writing sample models in code. Ids are name-based UUIDs derived from the sample name and
 * each object's containment path, so building a sample twice gives the same model, and the checked-in sample files can
 * be compared with their builder.
 */
final class SampleBuilder {

	final PlacewiseModel model;
	private final String sample;

	SampleBuilder(String sample, String name, String description) {
		this.sample = sample;
		model = CoreFactory.eINSTANCE.createPlacewiseModel();
		model.setName(name);
		model.setDescription(description);
	}

	/** Assigns deterministic ids to every object; call once the model is complete. */
	PlacewiseModel done() {
		model.setFormatVersion(2);
		model.setId(uuid(sample));
		java.util.Set<String> used = new java.util.HashSet<>();
		for (Iterator<EObject> all = model.eAllContents(); all.hasNext();) {
			EObject object = all.next();
			if (object instanceof Identified identified) {
				identified.setId(uuid(sample + "/" + path(object)));
				if (!used.add(identified.getId())) {
					throw new IllegalStateException("Two objects share the path " + path(object) + " in " + sample);
				}
			}
		}
		return model;
	}

	private static String path(EObject object) {
		EObject container = object.eContainer();
		String step = object.eContainingFeature().getName() + ":";
		if (object instanceof NamedElement named && named.getName() != null) {
			step += named.getName();
		} else if (container.eGet(object.eContainingFeature()) instanceof java.util.List<?> siblings) {
			step += siblings.indexOf(object);
		}
		return container.eContainer() == null ? step : path(container) + "/" + step;
	}

	private static String uuid(String key) {
		return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
	}

	static BigDecimal money(String pounds) {
		return new BigDecimal(pounds);
	}

	static LocalDate date(String iso) {
		return LocalDate.parse(iso);
	}

	Footprint footprint(Footprint parent, String name, FootprintKind kind, Long population, String description) {
		Footprint f = FootprintFactory.eINSTANCE.createFootprint();
		f.setName(name);
		f.setKind(kind);
		f.setPopulation(population);
		f.setDescription(description);
		if (parent == null) {
			model.getFootprints().add(f);
		} else {
			parent.getChildren().add(f);
		}
		return f;
	}

	Organisation organisation(String name, OrganisationKind kind, Footprint footprint, String description) {
		Organisation o = OrganisationFactory.eINSTANCE.createOrganisation();
		o.setName(name);
		o.setKind(kind);
		o.setFootprint(footprint);
		o.setDescription(description);
		model.getOrganisations().add(o);
		return o;
	}

	Person person(String name, String jobTitle, Organisation employer, String description) {
		Person p = OrganisationFactory.eINSTANCE.createPerson();
		p.setName(name);
		p.setJobTitle(jobTitle);
		p.setEmployer(employer);
		p.setDescription(description);
		model.getPeople().add(p);
		return p;
	}

	Role role(String name, RoleKind kind, Organisation organisation, Person holder, String description) {
		Role r = OrganisationFactory.eINSTANCE.createRole();
		r.setName(name);
		r.setKind(kind);
		r.setOrganisation(organisation);
		r.setHolder(holder);
		r.setDescription(description);
		model.getRoles().add(r);
		return r;
	}

	Partnership partnership(String name, PartnershipModel partnershipModel, Footprint footprint, String description,
			Organisation... partners) {
		Partnership p = GovernanceFactory.eINSTANCE.createPartnership();
		p.setName(name);
		p.setModel(partnershipModel);
		p.setFootprint(footprint);
		p.setDescription(description);
		p.getPartners().addAll(java.util.List.of(partners));
		model.getPartnerships().add(p);
		return p;
	}

	Board board(String name, BoardKind kind, Organisation organisation, Footprint footprint, String description) {
		Board b = GovernanceFactory.eINSTANCE.createBoard();
		b.setName(name);
		b.setKind(kind);
		b.setOrganisation(organisation);
		b.setFootprint(footprint);
		b.setDescription(description);
		model.getBoards().add(b);
		return b;
	}

	Membership member(Board board, Person person, Role role, Organisation represents, boolean voting) {
		Membership m = GovernanceFactory.eINSTANCE.createMembership();
		m.setPerson(person);
		m.setRole(role);
		m.setRepresents(represents);
		m.setVoting(voting);
		board.getMemberships().add(m);
		return m;
	}

	Delegation delegation(String name, DecisionMaker from, DecisionMaker to, String scope, BigDecimal limit) {
		Delegation d = GovernanceFactory.eINSTANCE.createDelegation();
		d.setName(name);
		d.setDelegator(from);
		d.setDelegate(to);
		d.setScope(scope);
		d.setFinancialLimit(limit);
		model.getDelegations().add(d);
		return d;
	}

	PooledBudget pooledBudget(String name, Footprint footprint, BigDecimal total, String description) {
		PooledBudget p = FinanceFactory.eINSTANCE.createPooledBudget();
		p.setName(name);
		p.setFootprint(footprint);
		p.setTotalAmount(total);
		p.setDescription(description);
		model.getPooledBudgets().add(p);
		return p;
	}

	InvestmentBenefitFlow flow(String name, Organisation investedIn, Organisation beneficiary, BigDecimal investment,
			BigDecimal benefit, String description) {
		InvestmentBenefitFlow f = FinanceFactory.eINSTANCE.createInvestmentBenefitFlow();
		f.setName(name);
		f.setInvestedIn(investedIn);
		f.setBeneficiary(beneficiary);
		f.setInvestmentAmount(investment);
		f.setExpectedBenefit(benefit);
		f.setDescription(description);
		model.getInvestmentFlows().add(f);
		return f;
	}

	Vision vision(String name, Footprint footprint, String statement) {
		Vision v = OutcomesFactory.eINSTANCE.createVision();
		v.setName(name);
		v.setFootprint(footprint);
		v.setStatement(statement);
		model.getVisions().add(v);
		return v;
	}

	Outcome outcome(Vision vision, String name, String statement) {
		Outcome o = OutcomesFactory.eINSTANCE.createOutcome();
		o.setName(name);
		o.setLevel(OutcomeLevel.STRATEGIC);
		o.setStatement(statement);
		vision.getOutcomes().add(o);
		return o;
	}

	Outcome outcome(Outcome parent, OutcomeLevel level, String name, String statement) {
		Outcome o = OutcomesFactory.eINSTANCE.createOutcome();
		o.setName(name);
		o.setLevel(level);
		o.setStatement(statement);
		parent.getChildren().add(o);
		return o;
	}

	WorkProgramme programme(String name, Footprint footprint, String description) {
		WorkProgramme w = OutcomesFactory.eINSTANCE.createWorkProgramme();
		w.setName(name);
		w.setFootprint(footprint);
		w.setDescription(description);
		model.getProgrammes().add(w);
		return w;
	}

	Measure measure(String name, MeasureKind kind, String theme, String unit, DesiredDirection direction,
			BigDecimal baseline, BigDecimal target, Frequency frequency, String description) {
		Measure m = MeasuresFactory.eINSTANCE.createMeasure();
		m.setName(name);
		m.setKind(kind);
		m.setTheme(theme);
		m.setUnit(unit);
		m.setDesiredDirection(direction);
		m.setBaselineValue(baseline);
		m.setTargetValue(target);
		m.setFrequency(frequency);
		m.setDescription(description);
		model.getMeasures().add(m);
		return m;
	}
}
