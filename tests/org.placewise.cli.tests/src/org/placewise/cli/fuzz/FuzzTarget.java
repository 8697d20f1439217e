package org.placewise.cli.fuzz;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.placewise.cli.internal.ExitCode;
import org.placewise.cli.internal.PlacewiseCommandLine;
import org.placewise.io.ImportException;
import org.placewise.io.ModelImport;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.store.ModelFileException;
import org.placewise.store.ModelFiles;

/**
 * What the campaign feeds: model files to open (and, when they open, to save and open again), CSV and XLSX files to
 * import in a dry run, and argument lists to the command line. Each run ends in a {@link Verdict}: accepted, refused
 * (the exception or exit code meant for bad input, with a message), or a crash.
 */
enum FuzzTarget {

	/** A model file: opened; when it opens, saved and opened again. */
	MODEL("model", ".placewise") {
		@Override
		Verdict run(byte[] input, Path work) throws Exception {
			Path file = Files.write(work.resolve("fuzzed.placewise"), input);
			ModelFiles files = new ModelFiles();
			PlacewiseModel model;
			try {
				model = files.load(file);
			} catch (ModelFileException refused) {
				return Verdict.refused(refused.getMessage());
			}
			try {
				files.save(model, work.resolve("saved.placewise"));
			} catch (ModelFileException refused) {
				return Verdict.crash("it opens but cannot be saved: " + refused.getMessage());
			}
			files.load(work.resolve("saved.placewise"));
			return Verdict.ACCEPTED;
		}
	},

	/** A CSV file imported (dry run) as measures and as observations. */
	CSV("csv", ".csv") {
		@Override
		Verdict run(byte[] input, Path work) throws Exception {
			return importBoth(Files.write(work.resolve("fuzzed.csv"), input), work);
		}
	},

	/** An XLSX workbook imported (dry run) as measures and as observations. */
	XLSX("xlsx", ".xlsx") {
		@Override
		Verdict run(byte[] input, Path work) throws Exception {
			return importBoth(Files.write(work.resolve("fuzzed.xlsx"), input), work);
		}
	},

	/**
	 * The command line: one argument a line; {@code {MODEL}}, {@code {CSV}}, {@code {XLSX}}, {@code {OUT}} and
	 * {@code {DIR}} stand for a model, data files and output paths in a scratch folder. Commands that start servers or
	 * make national models are left out.
	 */
	ARGS("args", ".args") {
		@Override
		Verdict run(byte[] input, Path work) throws Exception {
			List<String> args = arguments(input, work);
			if (args.stream().anyMatch(a -> a.equals("server") || a.equals("generate") || a.equals("help"))) {
				return Verdict.ACCEPTED;
			}
			StringWriter out = new StringWriter();
			StringWriter err = new StringWriter();
			int code = new PlacewiseCommandLine(new PrintWriter(out), new PrintWriter(err), work.resolve("cli.log"))
					.run(args.toArray(String[]::new));
			String messages = err.toString();
			if (code == ExitCode.INTERNAL_ERROR || code < 0 || code > ExitCode.INTERNAL_ERROR) {
				return Verdict.crash("exit " + code + ": " + messages.strip());
			}
			if (messages.contains("Exception") || messages.contains("\tat ")) {
				return Verdict.crash("a stack trace or exception name on the console: " + messages.strip());
			}
			return code == ExitCode.BAD_INPUT ? Verdict.refused(messages.strip()) : Verdict.ACCEPTED;
		}
	};

	private final String folder;
	private final String extension;

	FuzzTarget(String folder, String extension) {
		this.folder = folder;
		this.extension = extension;
	}

	/** @return the corpus folder of this target, under {@code fuzz-corpus/} */
	String folder() {
		return folder;
	}

	/** @return the file name ending of this target's inputs */
	String extension() {
		return extension;
	}

	/** Runs one input; exceptions other than the refusals each target expects are crashes. */
	abstract Verdict run(byte[] input, Path work) throws Exception;

	/** @return a mutant of {@code input} */
	byte[] mutate(Mutator mutator, byte[] input, List<byte[]> others) {
		return switch (this) {
		case XLSX -> mutator.workbook(input);
		case ARGS -> String.join("\n", mutator.arguments(new String(input, StandardCharsets.UTF_8).lines().toList()))
				.getBytes(StandardCharsets.UTF_8);
		default -> mutator.text(input, others);
		};
	}

	/** The model every import and command works on: a copy of a sample, fresh for each run. */
	static final Path SAMPLE = Path.of("../../samples/exampleshire-scheme-of-delegation.placewise");

	private static Verdict importBoth(Path data, Path work) throws IOException {
		Path model = Files.copy(SAMPLE, work.resolve("model.placewise"));
		List<String> refusals = new ArrayList<>();
		for (ModelImport.Kind kind : ModelImport.Kind.values()) {
			try {
				new ModelImport(new ModelFiles()).run(model, data, kind, true);
			} catch (ImportException | ModelFileException refused) {
				refusals.add(refused.getMessage());
			}
		}
		return refusals.size() == ModelImport.Kind.values().length ? Verdict.refused(refusals.get(0))
				: Verdict.ACCEPTED;
	}

	private static List<String> arguments(byte[] input, Path work) throws IOException {
		Path model = Files.copy(SAMPLE, work.resolve("model.placewise"));
		Path csv = Files.writeString(work.resolve("data.csv"), "name,baseline\nFewer falls,12\n");
		Path xlsx = work.resolve("data.xlsx");
		Files.copy(Path.of("fuzz-corpus/xlsx/measures.xlsx"), xlsx);
		List<String> args = new ArrayList<>();
		boolean writes = false;
		for (String line : new String(input, StandardCharsets.UTF_8).split("\n", -1)) {
			if (line.isEmpty() && args.isEmpty()) {
				continue;
			}
			String arg = line.replace("{MODEL}", model.toString()).replace("{CSV}", csv.toString())
					.replace("{XLSX}", xlsx.toString()).replace("{OUT}", work.resolve("out").toString())
					.replace("{DIR}", work.toString());
			// What a command writes stays in the scratch folder: a relative output path would land in the folder
			// the tests run in. (An empty one stays empty: the commands must refuse it.)
			if (writes && !arg.isEmpty() && !Path.of(arg).isAbsolute()) {
				arg = work.resolve(arg).toString();
			}
			writes = arg.equals("-o") || arg.equals("--output") || arg.equals("--into");
			args.add(arg);
		}
		return args;
	}

	/**
	 * How a run ended.
	 *
	 * @param kind    accepted, refused or crashed
	 * @param message the refusal's or the crash's message
	 */
	record Verdict(Kind kind, String message) {
		enum Kind {
			ACCEPTED, REFUSED, CRASH
		}

		static final Verdict ACCEPTED = new Verdict(Kind.ACCEPTED, "");

		static Verdict refused(String message) {
			return new Verdict(Kind.REFUSED, message == null ? "" : message);
		}

		static Verdict crash(String message) {
			return new Verdict(Kind.CRASH, message);
		}
	}
}
