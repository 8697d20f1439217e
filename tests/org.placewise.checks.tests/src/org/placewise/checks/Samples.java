package org.placewise.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.placewise.model.core.PlacewiseModel;
import org.placewise.store.ModelFileException;
import org.placewise.store.ModelFiles;

/** The sample models in the repository's samples/ folder, read through the store. */
final class Samples {
	/** Tests run with the test bundle as working directory. */
	static final Path FOLDER = Path.of("../../samples");

	private Samples() {
	}

	static List<Path> all() {
		try (Stream<Path> files = Files.list(FOLDER)) {
			return files.filter(f -> f.toString().endsWith(".placewise")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static PlacewiseModel load(String fileName) {
		return load(FOLDER.resolve(fileName));
	}

	static PlacewiseModel load(Path file) {
		try {
			return new ModelFiles().load(file);
		} catch (ModelFileException e) {
			throw new AssertionError(e.getMessage(), e);
		}
	}
}
