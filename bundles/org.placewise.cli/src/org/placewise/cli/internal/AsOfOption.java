package org.placewise.cli.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import picocli.CommandLine.Option;

/**
 * The {@code --as-of YYYY-MM-DD} option every command that reads a model at a date shares ({@code check},
 * {@code diagram}, {@code report}): one option, one parser, one message. Used as a picocli {@code @Mixin}.
 */
public final class AsOfOption {

	@Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
			description = "The date the model is read as of (default: today): date-based checks compare against it and "
					+ "reviews due before it are overdue, so results can be reproduced.")
	String asOf;

	/** @return the date given, or today when none was given */
	public LocalDate date() {
		return date(LocalDate.now());
	}

	/**
	 * @param today the date to use when none was given
	 * @return the date given, or {@code today}
	 * @throws UserInputException when the text is not a date written as YYYY-MM-DD
	 */
	public LocalDate date(LocalDate today) {
		if (asOf == null) {
			return today;
		}
		try {
			return LocalDate.parse(asOf.strip());
		} catch (DateTimeParseException e) {
			throw new UserInputException(
					"--as-of: '" + asOf + "' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-26",
					e);
		}
	}
}
