package org.placewise.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.placewise.checks.CheckCatalogue;
import org.placewise.checks.CheckProfile;

/**
 * The check profiles the commands read: a file given with {@code --profile} ({@code check}, {@code report}), or the
 * profile beside a model file ({@code check}, {@code diagram}), read the same way with the same messages, so every
 * command shows the same findings for the same model.
 */
public final class CheckProfiles {

	/** Suffix of the per-model profile file: {@code model.placewise.checks}. */
	public static final String SUFFIX = ".checks";

	private CheckProfiles() {
	}

	/**
	 * @param file      the profile file
	 * @param catalogue the rules the profile may name
	 * @return the profile
	 * @throws UserInputException when the file does not exist or is not a valid profile
	 */
	public static CheckProfile read(Path file, CheckCatalogue catalogue) {
		if (!Files.isRegularFile(file)) {
			throw new UserInputException("Cannot read check profile " + file + ": there is no such file.");
		}
		try {
			return CheckProfile.read(file, catalogue);
		} catch (CheckProfile.ProfileException e) {
			throw new UserInputException(e.getMessage(), e);
		}
	}

	/**
	 * @param model     a model file
	 * @param catalogue the rules the profile may name
	 * @return the profile named like the model with {@value #SUFFIX} appended when it exists, else the default
	 */
	public static CheckProfile beside(Path model, CheckCatalogue catalogue) {
		Path beside = model.resolveSibling(model.getFileName() + SUFFIX);
		return Files.isRegularFile(beside) ? read(beside, catalogue) : CheckProfile.DEFAULT;
	}
}
