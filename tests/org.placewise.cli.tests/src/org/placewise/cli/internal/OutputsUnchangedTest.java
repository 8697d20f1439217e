package org.placewise.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden master of everything a user reads from the command line: for every sample model the findings (text, JSON,
 * SARIF), the four diagrams (SVG), the SPC analysis (text, JSON) and the leaders' pack, compared byte for byte with the
 * files under {@code golden/}. A change of wording or drawing shows here as a failing test and, once made on purpose,
 * as a diff of the golden files.
 *
 * <p>
 * To accept deliberate changes, run the tests with the environment variable {@code PLACEWISE_UPDATE_GOLDEN=1}: the
 * golden files are rewritten from what the commands print now, and the failing comparison names each changed file.
 */
class OutputsUnchangedTest {

	private static final Path SAMPLES = Path.of("../../samples");
	private static final Path GOLDEN = Path.of("golden");
	/** Date-based checks compare against a fixed day so the outputs do not depend on the clock. */
	private static final String AS_OF = "2026-01-01";
	private static final boolean UPDATE = "1".equals(System.getenv("PLACEWISE_UPDATE_GOLDEN"));

	@TempDir
	Path temp;

	static Stream<String> samples() throws IOException {
		try (Stream<Path> files = Files.list(SAMPLES)) {
			List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".placewise"))
					.map(n -> n.substring(0, n.length() - ".placewise".length())).sorted().toList();
			assertFalse(names.isEmpty(), "no sample models found in " + SAMPLES.toAbsolutePath());
			return names.stream();
		}
	}

	@ParameterizedTest
	@MethodSource("samples")
	void everyOutputOfTheSampleIsAsBefore(String sample) throws IOException {
		String model = SAMPLES.resolve(sample + ".placewise").toString();
		Map<String, byte[]> outputs = new TreeMap<>();
		for (String format : List.of("text", "json", "sarif")) {
			printed(outputs, "check." + format, "check", model, "--format", format, "--as-of", AS_OF);
		}
		for (String kind : List.of("systems", "governance", "outcomes", "money")) {
			Path svg = temp.resolve(kind + ".svg");
			if (printed(outputs, "diagram-" + kind, "diagram", model, "--kind", kind, "--format", "svg", "--as-of",
					AS_OF,
					"-o", svg.toString())) {
				outputs.put("diagram-" + kind + ".svg", Files.readAllBytes(svg));
			}
		}
		for (String format : List.of("text", "json")) {
			printed(outputs, "spc." + format, "spc", model, "--format", format);
			printed(outputs, "spc-outcomes." + format, "spc", model, "--outcomes", "--format", format);
		}
		Path pack = temp.resolve("pack");
		printed(outputs, "report", "report", model, "-o", pack.toString(), "--as-of", AS_OF);
		try (Stream<Path> files = Files.walk(pack)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				outputs.put("pack/" + pack.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
			}
		}
		compare(GOLDEN.resolve(sample), outputs);
	}

	/**
	 * Runs one command as {@code placewise} does. What it prints on standard output is kept under {@code name}; a
	 * refusal (bad input, such as a sample with nothing to draw) is itself an output, kept as {@code name.refused} with
	 * its exit code and message. Internal errors fail the test.
	 *
	 * @return whether the command succeeded (exit code 0 or 1)
	 */
	private boolean printed(Map<String, byte[]> outputs, String name, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = new PlacewiseCommandLine(new PrintWriter(out), new PrintWriter(err), temp.resolve("cli.log"))
				.run(args);
		if (code == ExitCode.OK || code == ExitCode.FINDINGS) {
			if (!name.startsWith("diagram") && !name.equals("report")) {
				outputs.put(name, normalise(out.toString()).getBytes(StandardCharsets.UTF_8));
			}
			return true;
		}
		if (code == ExitCode.BAD_INPUT) {
			outputs.put(name + ".refused", (code + " " + normalise(err.toString())).getBytes(StandardCharsets.UTF_8));
			return false;
		}
		return fail(String.join(" ", args) + " exited " + code + ": " + err);
	}

	/**
	 * Absolute paths differ between checkouts and the build qualifier between builds; outputs name the samples folder
	 * and the version the same way everywhere.
	 */
	private static String normalise(String text) {
		String samples = SAMPLES.toAbsolutePath().normalize().toString();
		return text.replace(SAMPLES.toUri().toString(), "SAMPLES/").replace(samples, "SAMPLES")
				.replace(PlacewiseVersion.current(), "VERSION");
	}

	private static void compare(Path golden, Map<String, byte[]> outputs) throws IOException {
		List<String> changed = new ArrayList<>();
		List<String> expectedNames = new ArrayList<>();
		if (Files.isDirectory(golden)) {
			try (Stream<Path> files = Files.walk(golden)) {
				files.filter(Files::isRegularFile)
						.forEach(f -> expectedNames.add(golden.relativize(f).toString().replace('\\', '/')));
			}
		}
		for (String name : expectedNames) {
			if (!outputs.containsKey(name)) {
				changed.add(name + " (no longer written)");
			}
		}
		for (Map.Entry<String, byte[]> output : outputs.entrySet()) {
			Path file = golden.resolve(output.getKey());
			if (!Files.exists(file)) {
				changed.add(output.getKey() + " (new)");
			} else if (!java.util.Arrays.equals(Files.readAllBytes(file), output.getValue())) {
				changed.add(output.getKey() + firstDifference(Files.readAllBytes(file), output.getValue()));
			}
		}
		if (UPDATE) {
			if (Files.isDirectory(golden)) {
				try (Stream<Path> files = Files.walk(golden)) {
					for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
						Files.delete(f);
					}
				}
			}
			for (Map.Entry<String, byte[]> output : outputs.entrySet()) {
				Path file = golden.resolve(output.getKey());
				Files.createDirectories(file.getParent());
				Files.write(file, output.getValue());
			}
		}
		assertEquals(List.of(), changed, "outputs that differ from " + golden.toAbsolutePath()
				+ (UPDATE ? " (golden files rewritten)" : " (set PLACEWISE_UPDATE_GOLDEN=1 to accept)"));
	}

	private static String firstDifference(byte[] expected, byte[] actual) {
		String[] before = new String(expected, StandardCharsets.UTF_8).split("\n", -1);
		String[] after = new String(actual, StandardCharsets.UTF_8).split("\n", -1);
		for (int i = 0; i < Math.max(before.length, after.length); i++) {
			String b = i < before.length ? before[i] : "<end>";
			String a = i < after.length ? after[i] : "<end>";
			if (!a.equals(b)) {
				return " at line " + (i + 1) + ": expected [" + abbreviate(b) + "] but was [" + abbreviate(a) + "]";
			}
		}
		return " (bytes differ)";
	}

	private static String abbreviate(String line) {
		return line.length() <= 160 ? line : line.substring(0, 160) + "…";
	}
}
