package org.placewise.cli.internal.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.placewise.cli.internal.ExitCode;
import org.placewise.cli.internal.ModelParameter;
import org.placewise.cli.internal.UserInputException;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.measures.Measure;
import org.placewise.outcomes.MeasureSpc;
import org.placewise.spc.SpcInputException;
import org.placewise.spc.SpcJson;
import org.placewise.spc.SpcTextReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code placewise spc MODEL [--measure NAME] [--baseline-points N] [--details] [--format text|json]}: reads each
 * measure's observations the NHS England "Making Data Count" way and prints the summary matrix of the measures by
 * variation and assurance, then per measure the centre line (median of a run chart, mean of an XmR chart), the process
 * limits, the special-cause points gathered into stretches (every point with {@code --details}), and the variation and
 * assurance icons.
 */
@Command(name = "spc", mixinStandardHelpOptions = true,
		description = { "Statistical process control of the model's measures (Making Data Count XmR charts).",
				"Prints how many measures have each variation and assurance, then per measure: the centre line "
						+ "(median of a run chart, mean of an XmR chart), process limits, the special-cause points in "
						+ "stretches (every point with --details), and the variation and assurance of the latest point." },
		footer = { "", "Below 15 points a measure gets a run chart: limits are shown but not yet reliable.",
				"Exit codes: 0 ok, 2 bad input (unreadable model, unknown measure, bad option)." })
public final class SpcCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	ModelParameter model;

	@Option(names = "--measure", paramLabel = "NAME", description = "Only this measure (its name, ignoring case).")
	String measureName;

	@Option(names = "--baseline-points", paramLabel = "N",
			description = "Set the mean and limits from the first N points (at least 2). "
					+ "Default: the points up to the measure's baseline date, else all points.")
	Integer baselinePoints;

	@Option(names = "--details",
			description = "List every special-cause point with all its rules, instead of stretches of points.")
	boolean details;

	// A plain string, so "json", "JSON" and "Json" all work however the root command is configured.
	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "text or json (default: ${DEFAULT-VALUE}).")
	String format;

	@Override
	public Integer call() {
		String chosenFormat = format.strip().toLowerCase(java.util.Locale.ROOT);
		if (!chosenFormat.equals("text") && !chosenFormat.equals("json")) {
			throw new UserInputException("--format '" + format + "' is not a format: use text or json.");
		}
		if (baselinePoints != null && baselinePoints < 2) {
			throw new UserInputException("--baseline-points must be at least 2 (a moving range needs two points), not "
					+ baselinePoints + ".");
		}
		PlacewiseModel placewiseModel = model.open();
		List<Measure> measures = select(placewiseModel);
		List<MeasureSpc.Analysis> analyses = new ArrayList<>();
		for (Measure measure : measures) {
			try {
				analyses.add(MeasureSpc.analyse(measure,
						baselinePoints == null ? OptionalInt.empty() : OptionalInt.of(baselinePoints)));
			} catch (SpcInputException e) {
				throw new UserInputException("Measure '" + MeasureSpc.nameOf(measure) + "': " + e.getMessage(), e);
			}
		}
		var out = spec.commandLine().getOut();
		if (chosenFormat.equals("json")) {
			out.print(analyses.stream().map(a -> indent(SpcJson.toJson(a.name(), a.result())))
					.collect(Collectors.joining(",\n", "[\n", "\n]\n")));
		} else {
			if (analyses.size() > 1) {
				out.print(SpcTextReport.matrix(analyses.stream().map(MeasureSpc.Analysis::result).toList()));
				out.print("\n");
			}
			out.print(analyses.stream()
					.map(a -> details ? SpcTextReport.render(title(a.measure()), a.result())
							: SpcTextReport.summary(title(a.measure()), a.result()))
					.collect(Collectors.joining("\n")));
		}
		out.flush();
		return ExitCode.OK;
	}

	private List<Measure> select(PlacewiseModel placewiseModel) {
		List<Measure> all = placewiseModel.getMeasures();
		if (measureName == null) {
			if (all.isEmpty()) {
				throw new UserInputException(model.location() + " has no measures to analyse.");
			}
			return all;
		}
		List<Measure> matching = all.stream()
				.filter(m -> m.getName() != null && m.getName().strip().equalsIgnoreCase(measureName.strip())).toList();
		if (matching.isEmpty()) {
			String known = all.isEmpty() ? "the model has no measures"
					: "measures in the model: "
							+ all.stream().map(MeasureSpc::nameOf).collect(Collectors.joining(", "));
			throw new UserInputException(
					"There is no measure named '" + measureName + "' in " + model.location() + " (" + known
							+ ").");
		}
		return matching;
	}

	private static String title(Measure measure) {
		String unit = measure.getUnit();
		return MeasureSpc.nameOf(measure) + (unit == null || unit.isBlank() ? "" : " (" + unit + ")");
	}

	private static String indent(String json) {
		return json.strip().lines().map(line -> "  " + line).collect(Collectors.joining("\n"));
	}
}
