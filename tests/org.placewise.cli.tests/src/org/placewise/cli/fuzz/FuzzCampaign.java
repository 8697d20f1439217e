package org.placewise.cli.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;

import org.placewise.cli.fuzz.FuzzTarget.Verdict;

/**
 * Runs inputs and mutants of them through a {@link FuzzTarget}, each in a scratch folder of its own and a thread of its
 * own with a time limit, and collects the crashes: anything but acceptance or a refusal in plain words. A refusal whose
 * message names an exception class or holds a raw control character is a crash too (the user would see it).
 */
final class FuzzCampaign {

	/** The corpus: one folder per target with the seeds, and {@code regressions/} with what campaigns found. */
	static final Path CORPUS = Path.of("fuzz-corpus");

	/** Longest a single run may take before it counts as a hang. */
	static final Duration TIME_LIMIT = Duration.ofSeconds(30);

	/**
	 * A crash: the input that caused it and what happened.
	 *
	 * @param target    what was fed
	 * @param signature what makes two crashes the same (the exception type and where it was thrown)
	 * @param message   what happened
	 * @param input     the input
	 */
	record Crash(FuzzTarget target, String signature, String message, byte[] input) {
		@Override
		public String toString() {
			return target + " " + signature + ": " + message.lines().findFirst().orElse("");
		}
	}

	private final Path scratch;

	/** @param scratch a folder for the runs' files */
	FuzzCampaign(Path scratch) {
		this.scratch = scratch;
	}

	/** @return the seeds and regressions of a target, in name order */
	static List<Path> corpus(FuzzTarget target) throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path folder : List.of(CORPUS.resolve(target.folder()),
				CORPUS.resolve("regressions").resolve(target.folder()))) {
			if (Files.isDirectory(folder)) {
				try (Stream<Path> list = Files.list(folder)) {
					list.filter(f -> f.toString().endsWith(target.extension())).sorted().forEach(files::add);
				}
			}
		}
		return files;
	}

	/**
	 * Runs one input.
	 *
	 * @return the crash, or {@code null} when the input was accepted or refused plainly
	 */
	Crash runOne(FuzzTarget target, byte[] input) throws IOException {
		Path work = Files.createTempDirectory(scratch, "run");
		FutureTask<Verdict> task = new FutureTask<>(() -> target.run(input, work));
		Thread thread = new Thread(task, "fuzz-" + target);
		thread.setDaemon(true);
		thread.start();
		try {
			thread.join(TIME_LIMIT.toMillis());
			if (!task.isDone()) {
				thread.interrupt();
				return new Crash(target, "hang", "did not finish in " + TIME_LIMIT.toSeconds() + " s", input);
			}
			Verdict verdict;
			try {
				verdict = task.get();
			} catch (java.util.concurrent.ExecutionException e) {
				Throwable cause = e.getCause();
				return new Crash(target, signature(cause), String.valueOf(cause), input);
			}
			if (verdict.kind() == Verdict.Kind.CRASH) {
				return new Crash(target, verdict.message().replaceAll("[0-9a-f-]{36}|/tmp/\\S+", "…").substring(0,
						Math.min(80, verdict.message().length())), verdict.message(), input);
			}
			if (verdict.kind() == Verdict.Kind.REFUSED) {
				String problem = unclear(verdict.message());
				if (problem != null) {
					return new Crash(target, "unclear refusal: " + problem, verdict.message(), input);
				}
			}
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new Crash(target, "interrupted", "the campaign was interrupted", input);
		} finally {
			if (task.isDone()) {
				delete(work);
			}
		}
	}

	/** @return what makes a refusal unclear to a person, or {@code null} when it is clear */
	static String unclear(String message) {
		if (message == null || message.isBlank()) {
			return "no message";
		}
		if (message.matches("(?s).*\\b[a-z]+(\\.[a-z0-9]+)+\\.[A-Z]\\w*(Exception|Error)\\b.*")) {
			return "names an exception class";
		}
		for (int i = 0; i < message.length(); i++) {
			char c = message.charAt(i);
			if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7F) {
				return "a raw control character";
			}
		}
		return null;
	}

	/**
	 * Runs mutants of the target's corpus.
	 *
	 * @param target     what to feed
	 * @param seed       the seed: the same seed gives the same mutants
	 * @param iterations most mutants to run
	 * @param budget     most time to spend
	 * @return the crashes, one per signature
	 */
	List<Crash> mutate(FuzzTarget target, long seed, int iterations, Duration budget) throws IOException {
		List<byte[]> inputs = new ArrayList<>();
		for (Path file : corpus(target)) {
			inputs.add(Files.readAllBytes(file));
		}
		Mutator mutator = new Mutator(seed * 31 + target.ordinal());
		Map<String, Crash> crashes = new LinkedHashMap<>();
		long end = System.nanoTime() + budget.toNanos();
		for (int i = 0; i < iterations && System.nanoTime() < end; i++) {
			byte[] parent = inputs.get(mutator.below(inputs.size()));
			byte[] mutant = target.mutate(mutator, parent, inputs);
			Crash crash = runOne(target, mutant);
			if (crash != null) {
				crashes.putIfAbsent(crash.signature(), crash);
			}
		}
		return List.copyOf(crashes.values());
	}

	/**
	 * Keeps a crash's input in the corpus's {@code regressions/} folder, where every replay runs it again, with a note
	 * of what happened beside it.
	 *
	 * @return the file written
	 */
	static Path keep(Crash crash) throws IOException {
		return keep(crash, CORPUS.resolve("regressions"));
	}

	/**
	 * Keeps a crash's input and a note in {@code where}, in the target's folder.
	 *
	 * @return the file written
	 */
	static Path keep(Crash crash, Path where) throws IOException {
		Path folder = Files.createDirectories(where.resolve(crash.target().folder()));
		String name = hash(crash.input()) + crash.target().extension();
		Files.writeString(folder.resolve(name + ".txt"), crash.signature() + "\n" + crash.message() + "\n",
				StandardCharsets.UTF_8);
		return Files.write(folder.resolve(name), crash.input());
	}

	private static String hash(byte[] input) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input)).substring(0, 16);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String signature(Throwable failure) {
		StringBuilder text = new StringBuilder(failure.getClass().getName());
		for (StackTraceElement frame : failure.getStackTrace()) {
			if (frame.getClassName().startsWith("org.placewise")) {
				text.append(" at ").append(frame.getClassName()).append('.').append(frame.getMethodName());
				break;
			}
		}
		return text.toString();
	}

	private static void delete(Path folder) {
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		} catch (IOException | RuntimeException e) {
			// A scratch folder left behind is removed with the whole scratch area.
		}
	}
}
