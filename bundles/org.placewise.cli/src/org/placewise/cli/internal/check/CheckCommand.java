package org.placewise.cli.internal.check;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.placewise.checks.CheckCatalogue;
import org.placewise.checks.CheckProfile;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Checker;
import org.placewise.checks.Finding;
import org.placewise.checks.Severity;
import org.placewise.checks.format.JsonFindings;
import org.placewise.checks.format.ModelFindings;
import org.placewise.checks.format.SarifFindings;
import org.placewise.checks.format.TextFindings;
import org.placewise.cli.internal.AsOfOption;
import org.placewise.cli.internal.CheckProfiles;
import org.placewise.cli.internal.ExitCode;
import org.placewise.cli.internal.ModelSource;
import org.placewise.cli.internal.PlacewiseVersion;
import org.placewise.cli.internal.UserInputException;
import org.placewise.model.core.PlacewiseModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code placewise check}: runs the check catalogue over model files and reports the findings. */
@Command(name = "check", mixinStandardHelpOptions = true,
		description = { "Checks Placewise model files against the check catalogue (docs/checks.md) and reports what is "
				+ "missing or wrong.",
				"A profile named like the model with '.checks' appended (model.placewise.checks) is used when it exists, "
						+ "unless --profile is given." },
		footer = { "", "Exit codes: 0 no errors found, 1 errors found, 2 bad input or usage, 3 internal error." })
public final class CheckCommand implements Callable<Integer> {

	/** Output formats. */
	enum Format {
		text, json, sarif
	}

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "FILE", arity = "0..*",
			description = "Model files (.placewise) to check, or repository models cdo://user@host:port/repository/path.")
	List<String> files = new ArrayList<>();

	@Option(names = "--format", paramLabel = "text|json|sarif", defaultValue = "text",
			description = "Output format: text for people, json for scripts, sarif for code-scanning tools (default: ${DEFAULT-VALUE}).")
	Format format;

	@Option(names = "--min-severity", paramLabel = "info|warning|error", defaultValue = "info",
			description = "Report only findings at least this severe (default: ${DEFAULT-VALUE}).")
	String minSeverity;

	@Mixin
	AsOfOption asOf;

	@Option(names = "--profile", paramLabel = "FILE",
			description = "Profile switching rules off, changing severities or parameters (see docs/checks.md).")
	Path profile;

	@Option(names = "--list-rules", description = "Print the catalogue of rules and exit.")
	boolean listRules;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		CheckCatalogue catalogue = CheckCatalogue.placewise();
		if (listRules) {
			listRules(catalogue, out);
			return ExitCode.OK;
		}
		if (files.isEmpty()) {
			throw new UserInputException("no model file given. Usage: placewise check FILE... (or --list-rules)");
		}
		Severity threshold = parseSeverity();
		LocalDate date = asOf.date();
		CheckProfile explicitProfile = profile == null ? null : CheckProfiles.read(profile, catalogue);
		List<ModelFindings> results = new ArrayList<>();
		for (String location : files) {
			PlacewiseModel model = ModelSource.open(location, spec.commandLine().getErr());
			boolean shared = ModelSource.isRepository(location);
			CheckProfile modelProfile = explicitProfile != null ? explicitProfile
					: shared ? CheckProfile.DEFAULT : CheckProfiles.beside(Path.of(location), catalogue);
			List<Finding> findings = new Checker(catalogue, modelProfile, date).check(model.eResource()).stream()
					.filter(f -> f.severity().compareTo(threshold) >= 0).toList();
			results.add(shared ? new ModelFindings(location, location, findings)
					: ModelFindings.of(Path.of(location), findings));
		}
		switch (format) {
		case text -> TextFindings.write(results, date, out);
		case json -> JsonFindings.write(results, date, out);
		case sarif -> SarifFindings.write(results, catalogue, PlacewiseVersion.current(), date, out);
		}
		out.flush();
		return ModelFindings.count(results, Severity.ERROR) > 0 ? ExitCode.FINDINGS : ExitCode.OK;
	}

	private static void listRules(CheckCatalogue catalogue, PrintWriter out) {
		int width = catalogue.rules().stream().mapToInt(r -> r.id().length()).max().orElse(10);
		for (CheckRule<?> rule : catalogue.rules()) {
			out.printf("%-" + width + "s  %-7s  %s%n", rule.id(), rule.defaultSeverity().label(), rule.title());
		}
		out.printf("%d rules. Details: docs/checks.md%n", catalogue.rules().size());
		out.flush();
	}

	private Severity parseSeverity() {
		try {
			return Severity.parse(minSeverity);
		} catch (IllegalArgumentException e) {
			throw new UserInputException("--min-severity: " + e.getMessage());
		}
	}
}
