package org.placewise.cli.internal.io;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.placewise.cli.internal.ExitCode;
import org.placewise.cli.internal.UserInputException;
import org.placewise.io.ExportException;
import org.placewise.io.MeasureExport;
import org.placewise.io.ObservationExport;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.store.ModelFileException;
import org.placewise.store.ModelFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code placewise export measures|observations MODEL -o FILE}: writes a model's measure definitions or observations as
 * CSV or XLSX, in the form {@code placewise import} reads back.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
		description = { "Export measure definitions or observations of a model to a CSV or XLSX file that"
				+ " 'placewise import' reads back.", "The file's extension (.csv or .xlsx) chooses the format." },
		footer = { "", "Exit codes: 0 written, 2 bad input or usage, 3 internal error." })
public final class ExportCommand implements Callable<Integer> {

	/** What to export. */
	public enum What {
		/** Measure definitions. */
		MEASURES,
		/** Observations of measures. */
		OBSERVATIONS
	}

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "WHAT", description = "measures or observations")
	What what;

	@Parameters(index = "1", paramLabel = "MODEL", description = "the model file (.placewise)")
	Path model;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "FILE",
			description = "the .csv or .xlsx file to write (replaced if it exists)")
	Path output;

	@Option(names = "--wide", description = "observations only: one row per date and one column per measure"
			+ " (default: one observation per row, with programme and note)")
	boolean wide;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		try {
			PlacewiseModel loaded = new ModelFiles().load(model);
			if (what == What.MEASURES) {
				if (wide) {
					throw new UserInputException("--wide applies to observations only.");
				}
				int count = MeasureExport.write(loaded, output);
				out.printf("Wrote %d %s to %s.%n", count, count == 1 ? "measure" : "measures", output);
			} else {
				ObservationExport.Written written = ObservationExport.write(loaded, output,
						wide ? ObservationExport.Layout.WIDE : ObservationExport.Layout.LONG);
				out.printf("Wrote %d %s to %s.%n", written.observations(),
						written.observations() == 1 ? "observation" : "observations", output);
				if (written.leftOut() > 0) {
					out.printf("Left out %d %s without a date or a value.%n", written.leftOut(),
							written.leftOut() == 1 ? "observation" : "observations");
				}
			}
		} catch (ModelFileException | ExportException e) {
			throw new UserInputException(e.getMessage(), e);
		}
		return ExitCode.OK;
	}
}
