package org.placewise.server.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Whether the model packages a repository was created with are the ones this server serves. CDO 4.7 keeps a package
 * once it is registered, by namespace URI, and reads and writes objects by each class's feature positions: a repository
 * created by an earlier Placewise (model format version 1, same namespace URIs) served with today's packages would read
 * values into the wrong features. The server refuses to start on it instead, saying what to do.
 */
public final class StoredModelFormat {

	private StoredModelFormat() {
	}

	/**
	 * @param stored   the package as the repository holds it
	 * @param expected the package this server serves
	 * @return what differs, in words ("Organisation.abolishedDate is not in the repository"); empty when they match
	 */
	public static List<String> differences(EPackage stored, EPackage expected) {
		List<String> differences = new ArrayList<>();
		for (EClassifier classifier : expected.getEClassifiers()) {
			if (!(classifier instanceof EClass expectedClass)) {
				continue;
			}
			if (!(stored.getEClassifier(expectedClass.getName()) instanceof EClass storedClass)) {
				differences.add(expectedClass.getName() + " is not in the repository");
				continue;
			}
			List<EStructuralFeature> expectedFeatures = expectedClass.getEStructuralFeatures();
			List<EStructuralFeature> storedFeatures = storedClass.getEStructuralFeatures();
			for (int i = 0; i < Math.max(expectedFeatures.size(), storedFeatures.size()); i++) {
				EStructuralFeature want = i < expectedFeatures.size() ? expectedFeatures.get(i) : null;
				EStructuralFeature have = i < storedFeatures.size() ? storedFeatures.get(i) : null;
				if (want == null) {
					differences.add(storedClass.getName() + "." + have.getName() + " is only in the repository");
				} else if (have == null || !have.getName().equals(want.getName())) {
					differences.add(expectedClass.getName() + "." + want.getName()
							+ (storedClass.getEStructuralFeature(want.getName()) == null ? " is not in the repository"
									: " is in another place in the repository"));
				}
			}
		}
		return differences;
	}

	/**
	 * @param location   the repository's store (data directory or database)
	 * @param package_   the namespace URI that differs
	 * @param difference what differs, in words
	 * @return why the server does not start, and what to do
	 */
	public static String refusal(String location, String package_, List<String> difference) {
		return "The repository in " + location + " was created by an earlier version of Placewise: its model "
				+ "package " + package_ + " differs from this version's (" + String.join("; ",
						difference.subList(0, Math.min(5, difference.size())))
				+ (difference.size() > 5 ? "; and " + (difference.size() - 5) + " more" : "") + "). "
				+ "This server cannot serve it without mixing up values. To move its models to this version: start "
				+ "the earlier version's server on it, 'placewise repository pull' each model to a file with the earlier "
				+ "version, then start this version's server on a new data directory and 'placewise repository push' "
				+ "each file (files are brought up to the current format when read). The old repository keeps the "
				+ "history; keep it (read-only) for the audit trail.";
	}
}
