package org.placewise.checks;

import java.time.LocalDate;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.placewise.model.PlacewisePackages;

/**
 * The check catalogue as an EMF {@link EValidator}: registered for every Placewise package, so
 * {@link org.eclipse.emf.ecore.util.Diagnostician} (and any EMF tool) reports the metamodel's structural constraints
 * and every finding of the catalogue, as {@link FindingDiagnostic}s.
 * <p>
 * Options go in the validation context map: {@link #AS_OF} (a {@link LocalDate}) and {@link #PROFILE} (a
 * {@link CheckProfile}).
 */
public final class PlacewiseValidator extends EObjectValidator {
	/** Context key for the "as of" date of date-based rules (default today). */
	public static final String AS_OF = "org.placewise.checks.asOf";
	/** Context key for the {@link CheckProfile} (default: every rule at its default severity). */
	public static final String PROFILE = "org.placewise.checks.profile";

	private static final String CHECKER_KEY = PlacewiseValidator.class.getName() + ".checker";

	private final CheckCatalogue catalogue;

	/** @param catalogue the rules this validator runs */
	public PlacewiseValidator(CheckCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	/** Registers a validator with the Placewise catalogue for every Placewise package. */
	public static void register() {
		PlacewiseValidator validator = new PlacewiseValidator(CheckCatalogue.placewise());
		for (EPackage ePackage : PlacewisePackages.all()) {
			EValidator.Registry.INSTANCE.put(ePackage, validator);
		}
	}

	/** Removes the Placewise validators from the registry. */
	public static void unregister() {
		for (EPackage ePackage : PlacewisePackages.all()) {
			if (EValidator.Registry.INSTANCE.get(ePackage) instanceof PlacewiseValidator) {
				EValidator.Registry.INSTANCE.remove(ePackage);
			}
		}
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = super.validate(eClass, eObject, diagnostics, context);
		Checker checker = checker(context);
		for (Finding finding : checker.checkObject(eObject)) {
			valid &= finding.severity() != Severity.ERROR;
			if (diagnostics != null) {
				diagnostics.add(new FindingDiagnostic(finding));
			}
		}
		return valid;
	}

	@Override
	public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		return super.validate(eDataType, value, diagnostics, context);
	}

	private Checker checker(Map<Object, Object> context) {
		if (context == null) {
			return new Checker(catalogue, CheckProfile.DEFAULT, LocalDate.now());
		}
		return (Checker) context.computeIfAbsent(CHECKER_KEY, k -> new Checker(catalogue,
				context.get(PROFILE) instanceof CheckProfile p ? p : CheckProfile.DEFAULT,
				context.get(AS_OF) instanceof LocalDate d ? d : LocalDate.now()));
	}
}
