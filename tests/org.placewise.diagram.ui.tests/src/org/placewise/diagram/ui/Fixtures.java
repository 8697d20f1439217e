package org.placewise.diagram.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.swt.graphics.DeviceData;
import org.eclipse.swt.widgets.Display;
import org.placewise.checks.CheckCatalogue;
import org.placewise.checks.CheckProfile;
import org.placewise.checks.Checker;
import org.placewise.diagram.kinds.DiagramKind;
import org.placewise.diagram.kinds.DiagramOptions;
import org.placewise.diagram.kinds.FindingsOverlay;
import org.placewise.diagram.kinds.PlacewiseDiagrams;
import org.placewise.diagram.layout.LaidOutScene;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.resource.PlacewiseResourceFactory;

/** The display the tests share (tracking SWT resources, to find leaks) and laid-out sample diagrams. */
final class Fixtures {

	static final String EXAMPLESHIRE = "exampleshire-scheme-of-delegation";
	static final String GREATER_MANCHESTER = "greater-manchester";

	/** Checks as of a fixed day, so that date-based findings do not change. */
	private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

	private Fixtures() {
	}

	/** @return the one display of the test run, created with resource tracking on */
	static Display display() {
		Display current = Display.getCurrent();
		if (current != null) {
			return current;
		}
		var data = new DeviceData();
		data.tracking = true;
		return new Display(data);
	}

	/**
	 * @param sample sample file name without extension
	 * @param kind   diagram kind
	 * @return the diagram laid out, with the findings of the check catalogue as badges
	 */
	static LaidOutScene diagram(String sample, DiagramKind kind) {
		PlacewiseModel model = load(sample);
		var checker = new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, AS_OF);
		var options = DiagramOptions.defaults().withFindings(FindingsOverlay.check(model, checker));
		return PlacewiseDiagrams.layout(kind, PlacewiseDiagrams.scene(kind, model, options));
	}

	/**
	 * @param name sample file name without extension
	 * @return the sample model, loaded afresh
	 */
	static PlacewiseModel load(String name) {
		Path file = samples().resolve(name + ".placewise");
		var set = PlacewiseResourceFactory.register(new ResourceSetImpl());
		Resource resource = set.createResource(URI.createFileURI(file.toString()));
		try {
			resource.load(null);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot load sample " + file, e);
		}
		return (PlacewiseModel) resource.getContents().get(0);
	}

	/** @return the checks as of the fixed day */
	static Checker checker() {
		return new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, AS_OF);
	}

	static Path samples() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path samples = dir.resolve("samples");
			if (Files.isRegularFile(samples.resolve(GREATER_MANCHESTER + ".placewise"))) {
				return samples;
			}
		}
		throw new IllegalStateException("No samples/ folder above " + Path.of("").toAbsolutePath());
	}

	/** @return the repository's root folder (where samples/ and docs/ are) */
	static Path repository() {
		return samples().getParent();
	}
}
