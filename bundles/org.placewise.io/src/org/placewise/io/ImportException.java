package org.placewise.io;

import java.util.List;

import org.placewise.model.resource.ControlCharacters;

/**
 * A file could not be imported. Every problem found is listed, not just the first, so the person fixing the spreadsheet
 * can fix them all at once; nothing at all was imported.
 */
public class ImportException extends Exception {

	private static final long serialVersionUID = 1L;

	/** How many problems the message lists before summarising the rest. */
	static final int MAX_LISTED = 50;

	private final transient List<ImportProblem> problems;

	/**
	 * @param file     how the file was named
	 * @param problems what is wrong (at least one)
	 */
	public ImportException(String file, List<ImportProblem> problems) {
		super(message(file, problems));
		this.problems = List.copyOf(problems);
	}

	/**
	 * @param file    how the file was named
	 * @param problem the one thing wrong with the file as a whole
	 * @param cause   the underlying failure, or {@code null}
	 */
	public ImportException(String file, String problem, Throwable cause) {
		super(message(file, List.of(new ImportProblem(file, 0, null, null, problem))), cause);
		this.problems = List.of(new ImportProblem(file, 0, null, null, problem));
	}

	/**
	 * @return every problem found, in file order
	 */
	public List<ImportProblem> getProblems() {
		return problems;
	}

	private static String message(String file, List<ImportProblem> problems) {
		StringBuilder text = new StringBuilder("Nothing was imported from ").append(ControlCharacters.escape(file))
				.append(": ");
		text.append(problems.size() == 1 ? "1 problem" : problems.size() + " problems").append(" to fix.");
		for (ImportProblem problem : problems.subList(0, Math.min(MAX_LISTED, problems.size()))) {
			text.append(System.lineSeparator()).append("  ").append(problem);
		}
		if (problems.size() > MAX_LISTED) {
			text.append(System.lineSeparator()).append("  ... and ").append(problems.size() - MAX_LISTED)
					.append(" more");
		}
		return text.toString();
	}
}
