package org.placewise.diagram.kinds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.placewise.checks.CheckCatalogue;
import org.placewise.checks.CheckProfile;
import org.placewise.checks.Checker;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.resource.PlacewiseResourceFactory;

/** The sample models in the repository's {@code samples/} folder, loaded for tests and doc images. */
final class Samples {

	static final String GREATER_MANCHESTER = "greater-manchester";
	static final String BRADFORD = "bradford-district-and-craven";
	static final String EXAMPLESHIRE = "exampleshire-scheme-of-delegation";
	static final String MID_AND_SOUTH_ESSEX = "mid-and-south-essex-older-adults";
	static final String BIRMINGHAM = "birmingham-intermediate-care";
	static final String NORTHAMPTONSHIRE = "northamptonshire-discharge-to-assess";

	static final String[] ALL = { GREATER_MANCHESTER, BRADFORD, EXAMPLESHIRE, MID_AND_SOUTH_ESSEX, BIRMINGHAM,
			NORTHAMPTONSHIRE };

	/** Checks as of a fixed day, so that date-based findings (and so the images) do not change. */
	static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

	private Samples() {
	}

	static Path folder() {
		// Tests run in the test bundle's folder; the doc renderer may run from the repository root.
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path samples = dir.resolve("samples");
			if (Files.isRegularFile(samples.resolve(GREATER_MANCHESTER + ".placewise"))) {
				return samples;
			}
		}
		throw new IllegalStateException("No samples/ folder above " + Path.of("").toAbsolutePath());
	}

	static PlacewiseModel load(String name) {
		Path file = folder().resolve(name + ".placewise");
		var set = PlacewiseResourceFactory.register(new ResourceSetImpl());
		Resource resource = set.createResource(URI.createFileURI(file.toString()));
		try {
			resource.load(null);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot load sample " + file, e);
		}
		return (PlacewiseModel) resource.getContents().get(0);
	}

	static Checker checker() {
		return new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, AS_OF);
	}
}
