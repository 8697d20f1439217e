package org.placewise.cli.internal.governance;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.placewise.cli.internal.ExitCode;
import org.placewise.cli.internal.ModelSource;
import org.placewise.cli.internal.UserInputException;
import org.placewise.store.repository.ModelLocations;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code placewise changes MODEL [--against EARLIER | --since DATE|COMMIT]}: what changed in the scheme of delegation,
 * the boards and the measures between an earlier version of a model file (its {@code .bak}, kept by every save, or
 * another file) and the file as it is now, or between a shared repository model as it was at a date or commit and as it
 * is now. The list is the one {@link org.placewise.model.edit.label.ChangeList} words, as the pack's "What changed"
 * page and the workbench show it.
 */
@Command(name = "changes", mixinStandardHelpOptions = true,
		description = { "What changed in the scheme of delegation, boards and measures since an earlier version of"
				+ " a model file: its backup (MODEL.bak, kept by every save) or the file given with --against; for a"
				+ " model in a shared repository, since the date or commit given with --since." },
		footer = { "", "Exit codes: 0 listed (or nothing changed), 2 bad input or usage, 3 internal error." })
public final class ChangesCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "MODEL", description = "the model file (.placewise) as it is now")
	String model;

	@Option(names = "--against", paramLabel = "EARLIER",
			description = "the earlier version to compare with (default: MODEL.bak)")
	Path against;

	@Option(names = "--since", paramLabel = "DATE|COMMIT",
			description = "for a model in a shared repository (cdo://user@host:port/repository/path): compare with the"
					+ " model as it was at the end of that day (YYYY-MM-DD) or at that commit (a number from"
					+ " 'placewise repository log')")
	String since;

	/** Where the repository password is looked up: the process environment, or a test's own. */
	private final Map<String, String> environment;

	/** A command that reads the repository password from the process environment. */
	public ChangesCommand() {
		this(System.getenv());
	}

	/** @param environment where {@value ModelLocations#PASSWORD_VARIABLE} is looked up */
	public ChangesCommand(Map<String, String> environment) {
		this.environment = Map.copyOf(environment);
	}

	@Override
	public Integer call() {
		ComparedVersions versions;
		if (ModelSource.isRepository(model)) {
			if (against != null) {
				throw new UserInputException("--against compares model files; for a shared repository model give"
						+ " --since DATE or --since COMMIT");
			}
			if (since == null) {
				throw new UserInputException("for a shared repository model, say since when: --since DATE"
						+ " (YYYY-MM-DD) or --since COMMIT (a commit number from 'placewise repository log " + model
						+ "')");
			}
			versions = ComparedVersions.inRepository(model, since, "--since", environment);
		} else {
			if (since != null) {
				throw new UserInputException("--since takes a date or commit of a shared repository model"
						+ " (cdo://user@host:port/repository/path); for a model file, compare with its backup (the"
						+ " default) or give the earlier file with --against FILE");
			}
			versions = ComparedVersions.ofFiles(model, against, "--against", spec.commandLine().getErr());
		}
		PrintWriter out = spec.commandLine().getOut();
		out.print(versions.changeList().text());
		out.flush();
		return ExitCode.OK;
	}
}
