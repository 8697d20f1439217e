package org.placewise.cli.internal.generate;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.placewise.cli.internal.ExitCode;
import org.placewise.cli.internal.UserInputException;
import org.placewise.generator.GapKind;
import org.placewise.generator.GeneratedModel;
import org.placewise.generator.ModelCopies;
import org.placewise.generator.Scale;
import org.placewise.store.ModelFileException;
import org.placewise.store.ModelFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code placewise generate}: writes a realistic synthetic model of one integrated care system, a region or all of
 * England, with a controlled share of planted gaps, for demonstrations, training and benchmarks. The same options
 * always give the same file.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
		description = { "Generates a synthetic Placewise model: integrated care systems with places, localities and "
				+ "neighbourhoods, organisations, partnerships, boards, delegations, pooled budgets, outcome trees, "
				+ "programmes and measures with two years of weekly observations ending "
				+ "2026-09-28. Names and figures are made up.",
				"The same scale, seed and gap rate always give the same file." },
		footer = { "", "Example: placewise generate --scale england --seed 1 -o england.placewise" })
public final class GenerateCommand implements Callable<Integer> {

	/** Most copies of one scale: 16 copies of England are about 3.3 million objects, 400 MB of file. */
	static final int MAX_COPIES = 16;

	@Spec
	CommandSpec spec;

	@Option(names = "--scale", defaultValue = "england", paramLabel = "place|region|england",
			description = "place: one integrated care system with about five places; region: eight systems; "
					+ "england: all 42 systems, about 200 places (default: ${DEFAULT-VALUE}).")
	Scale scale;

	@Option(names = "--seed", defaultValue = "1", paramLabel = "N",
			description = "Seed of the random choices; the same seed gives the same model (default: ${DEFAULT-VALUE}).")
	long seed;

	@Option(names = "--gap-rate", defaultValue = "0.05", paramLabel = "R",
			description = "Share (0 to 1) of the objects that could have a gap that are given one on purpose, "
					+ "so checks have work to do (default: ${DEFAULT-VALUE}).")
	double gapRate;

	@Option(names = "--copies", defaultValue = "1", paramLabel = "N",
			description = "Generates the scale N times, from seeds SEED to SEED+N-1, in one model: a model larger "
					+ "than England for stress tests (--scale england --copies 8 is eight times England) "
					+ "(default: ${DEFAULT-VALUE}).")
	int copies;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "FILE",
			description = "The model file to write (.placewise); an existing file is kept as FILE.bak.")
	Path output;

	@Override
	public Integer call() {
		if (!(gapRate >= 0 && gapRate <= 1)) {
			throw new UserInputException("--gap-rate must be between 0 and 1 (for example 0.05 for 5%), not "
					+ gapRate + ".");
		}
		if (copies < 1 || copies > MAX_COPIES) {
			throw new UserInputException("--copies must be a whole number from 1 to " + MAX_COPIES + ", not " + copies
					+ ".");
		}
		GeneratedModel generated = ModelCopies.generate(scale, seed, gapRate, copies);
		try {
			new ModelFiles().save(generated.model(), output);
		} catch (ModelFileException e) {
			throw new UserInputException(e.getMessage(), e);
		}
		PrintWriter out = spec.commandLine().getOut();
		int systems = scale.integratedCareSystems() * copies;
		if (copies == 1) {
			out.printf(Locale.ROOT, "Generated a %s model from seed %d: %,d objects, %d integrated care system%s.%n",
					scale.label(), seed, generated.objectCount(), systems, systems == 1 ? "" : "s");
		} else {
			out.printf(Locale.ROOT,
					"Generated %d copies of a %s model from seeds %d to %d: %,d objects, %d integrated care systems.%n",
					copies, scale.label(), seed, seed + copies - 1, generated.objectCount(), systems);
		}
		out.printf(Locale.ROOT, "Planted %,d gaps in %,d candidates (%.1f%%):%n", generated.plantedTotal(),
				generated.candidatesTotal(),
				100.0 * generated.plantedTotal() / Math.max(1, generated.candidatesTotal()));
		for (GapKind kind : GapKind.values()) {
			out.printf(Locale.ROOT, "  %-36s %,6d of %,6d %s%n", kind.expectedRuleId(), generated.planted().get(kind),
					generated.candidates().get(kind), plural(kind.candidates()));
		}
		out.printf("Saved to %s%n", output.toAbsolutePath().normalize());
		return ExitCode.OK;
	}

	private static String plural(String noun) {
		return noun.endsWith("y") && !noun.endsWith("ay") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
	}
}
