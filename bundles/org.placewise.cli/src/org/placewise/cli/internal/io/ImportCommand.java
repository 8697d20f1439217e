package org.placewise.cli.internal.io;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.placewise.cli.internal.ExitCode;
import org.placewise.cli.internal.UserInputException;
import org.placewise.io.ImportException;
import org.placewise.io.ImportPlan;
import org.placewise.io.ModelImport;
import org.placewise.store.ModelFileException;
import org.placewise.store.ModelFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code placewise import measures|observations FILE --into MODEL [--dry-run]}: brings measure definitions or
 * observations kept in a spreadsheet into a model file.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = { "Import measure definitions or observations from a CSV or XLSX file into a model.",
				"The whole file is checked first: when any row is bad, every problem is listed (file, row, column)"
						+ " and nothing is imported. The model is saved atomically, the previous version kept as"
						+ " MODEL.bak." },
		footer = { "", "Measures file: one row per measure; columns name (required), programme, outcome, kind,"
				+ " theme, unit, direction, baseline, baseline date, target, target date, frequency, owner, data"
				+ " source, description (any order, headers case-insensitive).",
				"Observations file: columns measure, date, value (optional programme, note), or 'date' in column A"
						+ " and one column per measure.",
				"Exit codes: 0 imported (or dry run done), 2 problems in the file or bad usage, 3 internal error." })
public final class ImportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "WHAT", description = "measures or observations")
	ModelImport.Kind kind;

	@Parameters(index = "1", paramLabel = "FILE", description = "the .csv or .xlsx file to import")
	Path file;

	@Option(names = "--into", required = true, paramLabel = "MODEL",
			description = "the model file (.placewise) to import into")
	Path model;

	@Option(names = "--dry-run",
			description = "check the file and report what would change, without changing the model")
	boolean dryRun;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		ImportPlan plan;
		try {
			plan = new ModelImport(new ModelFiles()).run(model, file, kind, dryRun);
		} catch (ModelFileException | ImportException e) {
			throw new UserInputException(e.getMessage(), e);
		}
		String what = kind == ModelImport.Kind.MEASURES ? "measures" : "observations";
		if (dryRun) {
			out.printf("Dry run: importing %s from %s into %s would give: %s. Nothing was changed.%n", what, file,
					model, plan.summary());
		} else if (plan.changesModel()) {
			out.printf("Imported %s from %s into %s: %s.%n", what, file, model, plan.summary());
		} else {
			out.printf("Nothing to import from %s: the %s in %s already match (%s). The model was not rewritten.%n",
					file, what, model, plan.summary());
		}
		return ExitCode.OK;
	}
}
