package org.placewise.model.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.resource.PlacewiseResourceFactory;

/** Finds and loads the checked-in sample models. */
final class Samples {

	private Samples() {
	}

	/** @return the repository's samples folder, found by walking up from the working directory */
	static Path folder() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("samples/README.md"))) {
				return dir.resolve("samples");
			}
		}
		throw new IllegalStateException("No samples/README.md above " + Path.of("").toAbsolutePath());
	}

	/** @return every sample file name (without extension), sorted */
	static List<String> names() {
		try (Stream<Path> files = Files.list(folder())) {
			return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".placewise"))
					.map(n -> n.substring(0, n.length() - ".placewise".length())).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Path file(String name) {
		return folder().resolve(name + ".placewise");
	}

	static PlacewiseModel load(String name) {
		return load(file(name));
	}

	static PlacewiseModel load(Path file) {
		Resource resource = PlacewiseResourceFactory.register(new ResourceSetImpl())
				.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
		return (PlacewiseModel) resource.getContents().get(0);
	}
}
