package org.placewise.generator.internal;

import java.util.HashMap;
import java.util.Map;

import org.placewise.model.footprint.Footprint;
import org.placewise.model.footprint.FootprintFactory;
import org.placewise.model.footprint.FootprintKind;
import org.placewise.model.organisation.Organisation;
import org.placewise.model.organisation.OrganisationFactory;
import org.placewise.model.organisation.OrganisationKind;
import org.placewise.model.organisation.Person;
import org.placewise.model.organisation.Role;
import org.placewise.model.organisation.RoleKind;

/**
 * The footprints (integrated care systems, places, localities, neighbourhoods), the organisations in them, their people
 * and the formal roles they hold. A person is created the first time an organisation needs one for a footprint and job.
 */
final class Organisations extends GeneratorPart {

	/** People by employer, footprint and job title; looked up only, never iterated. */
	private final Map<String, Person> people = new HashMap<>();

	Organisations(Generation generation) {
		super(generation);
	}

	Footprint footprint(Footprint parent, String name, FootprintKind kind, String code, long population) {
		Footprint footprint = identify(FootprintFactory.eINSTANCE.createFootprint());
		footprint.setName(name);
		footprint.setKind(kind);
		footprint.setCode(code);
		footprint.setPopulation(population);
		if (parent == null) {
			model.getFootprints().add(footprint);
		} else {
			parent.getChildren().add(footprint);
		}
		return footprint;
	}

	Organisation organisation(String name, OrganisationKind kind, Footprint footprint, String code) {
		Organisation organisation = identify(OrganisationFactory.eINSTANCE.createOrganisation());
		organisation.setName(name);
		organisation.setKind(kind);
		organisation.setFootprint(footprint);
		organisation.setCode(code);
		model.getOrganisations().add(organisation);
		return organisation;
	}

	/** The organisation's person for this footprint and job, created the first time it is needed. */
	Person person(Organisation employer, Footprint footprint, String jobTitle) {
		String key = employer.getId() + '/' + footprint.getId() + '/' + jobTitle;
		Person existing = people.get(key);
		if (existing != null) {
			return existing;
		}
		Person person = identify(OrganisationFactory.eINSTANCE.createPerson());
		person.setName(names.personName());
		person.setJobTitle(jobTitle);
		person.setEmployer(employer);
		model.getPeople().add(person);
		people.put(key, person);
		return person;
	}

	Role role(String name, RoleKind kind, Organisation organisation, Person holder) {
		Role role = identify(OrganisationFactory.eINSTANCE.createRole());
		role.setName(name);
		role.setKind(kind);
		role.setOrganisation(organisation);
		role.setHolder(holder);
		model.getRoles().add(role);
		return role;
	}

	String jobTitleFor(Organisation organisation) {
		return switch (organisation.getKind()) {
		case INTEGRATED_CARE_BOARD -> "Place Director";
		case LOCAL_AUTHORITY -> "Director of Adult Social Services";
		case ACUTE_TRUST, COMMUNITY_TRUST, MENTAL_HEALTH_TRUST -> "Director of Strategy";
		case HEALTHWATCH -> "Healthwatch Manager";
		case PRIMARY_CARE_NETWORK -> "Clinical Director";
		default -> "Chief Officer";
		};
	}
}
