package org.placewise.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/** Runs the catalogue over a whole model: every enabled rule on every object it applies to. */
public final class Checker {
	private final CheckCatalogue catalogue;
	private final CheckProfile profile;
	private final LocalDate asOf;

	/**
	 * @param catalogue the rules
	 * @param profile   which rules run, at which severity
	 * @param asOf      the date date-based rules compare against
	 */
	public Checker(CheckCatalogue catalogue, CheckProfile profile, LocalDate asOf) {
		this.catalogue = Objects.requireNonNull(catalogue);
		this.profile = Objects.requireNonNull(profile);
		this.asOf = Objects.requireNonNull(asOf);
	}

	/** @return a checker with the Placewise catalogue and default profile, as of today */
	public static Checker placewise() {
		return new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, LocalDate.now());
	}

	/** @return the findings for every object in the resource, in model order */
	public List<Finding> check(Resource resource) {
		List<Finding> findings = new ArrayList<>();
		CheckContext context = newContext();
		for (Iterator<EObject> all = resource.getAllContents(); all.hasNext();) {
			checkObject(all.next(), context, findings);
		}
		return findings;
	}

	/** @return the findings for the object and everything it contains, in model order */
	public List<Finding> check(EObject root) {
		List<Finding> findings = new ArrayList<>();
		CheckContext context = newContext();
		checkObject(root, context, findings);
		for (Iterator<EObject> all = root.eAllContents(); all.hasNext();) {
			checkObject(all.next(), context, findings);
		}
		return findings;
	}

	/** @return the findings of every enabled rule on this one object */
	public List<Finding> checkObject(EObject object) {
		List<Finding> findings = new ArrayList<>();
		checkObject(object, newContext(), findings);
		return findings;
	}

	/** @return the findings of one rule on one object (nothing if the profile switches it off) */
	public List<Finding> checkObject(CheckRule<?> rule, EObject object, CheckContext context) {
		if (!profile.isEnabled(rule) || !rule.appliesTo(object)) {
			return List.of();
		}
		return context.run(rule, object);
	}

	private void checkObject(EObject object, CheckContext context, List<Finding> findings) {
		for (CheckRule<?> rule : catalogue.rulesFor(object.eClass())) {
			if (profile.isEnabled(rule)) {
				findings.addAll(context.run(rule, object));
			}
		}
	}

	/** @return a context for running rules with this checker's date and profile */
	public CheckContext newContext() {
		return new CheckContext(asOf, profile);
	}

	/** @return the catalogue */
	public CheckCatalogue catalogue() {
		return catalogue;
	}

	/** @return the profile */
	public CheckProfile profile() {
		return profile;
	}

	/** @return the date date-based rules compare against */
	public LocalDate asOf() {
		return asOf;
	}
}
