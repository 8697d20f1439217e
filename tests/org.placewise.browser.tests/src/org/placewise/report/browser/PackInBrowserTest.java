package org.placewise.report.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.placewise.checks.CheckCatalogue;
import org.placewise.checks.CheckProfile;
import org.placewise.checks.Checker;
import org.placewise.generator.EnglandModelGenerator;
import org.placewise.generator.Scale;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.report.GeneratedDiagrams;
import org.placewise.report.LeadersPack;
import org.placewise.report.PackPlan;
import org.placewise.store.ModelFiles;

/**
 * Writes the packs of every sample and of a generated place, then runs {@code browser/pack.test.mjs} on them in
 * Chromium. What is checked is listed in that script; this class provisions it and fails loudly when it cannot.
 */
class PackInBrowserTest {

	private static final Path MODULE = Path.of("").toAbsolutePath();
	private static final Path BROWSER = MODULE.resolve("browser");
	private static final Path PACKS = MODULE.resolve("target/browser-packs");
	private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
	/** Where Chromium is looked for, after the PLACEWISE_CHROMIUM environment variable. */
	private static final List<String> CHROMIUMS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
			"/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");

	@Test
	void everyPackWorksInChromium() throws Exception {
		List<Path> packs = writePacks();
		String chromium = chromium();
		Path node = executable("node", "Node.js (Debian: apt-get install nodejs)");
		Path npm = executable("npm", "npm (Debian: apt-get install npm)");
		if (!Files.isDirectory(BROWSER.resolve("node_modules/playwright-core"))
				|| !Files.isDirectory(BROWSER.resolve("node_modules/axe-core"))) {
			run(List.of(npm.toString(), "ci", "--no-audit", "--no-fund"), 600,
					"npm ci (installs playwright-core and axe-core from the committed package-lock.json)");
		}
		List<String> command = new ArrayList<>(
				List.of(node.toString(), "pack.test.mjs", "--chromium", chromium));
		packs.forEach(p -> command.add(p.toString()));
		String output = run(command, 1500, "the browser suite");
		assertTrue(output.matches("(?s)(.*\\n)?\\d+ passed, 0 failed\\n?"), output);
	}

	private static List<Path> writePacks() throws Exception {
		List<Path> packs = new ArrayList<>();
		List<Path> samples;
		try (Stream<Path> files = Files.list(MODULE.resolve("../../samples"))) {
			samples = files.filter(p -> p.toString().endsWith(".placewise")).sorted().toList();
		}
		assertTrue(samples.size() >= 5, "samples: " + samples);
		for (Path sample : samples) {
			PlacewiseModel model = new ModelFiles().load(sample);
			packs.add(write(model, AS_OF, sample.getFileName().toString().replace(".placewise", "")));
		}
		PlacewiseModel place = EnglandModelGenerator.of(Scale.PLACE, 3).generate().model();
		packs.add(write(place, EnglandModelGenerator.REFERENCE_DATE, "generated-place"));
		return packs;
	}

	private static Path write(PlacewiseModel model, LocalDate asOf, String name) throws IOException {
		Path folder = PACKS.resolve(name);
		var findings = new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, asOf).check(model);
		new LeadersPack(PackPlan.of(model, asOf, null, findings), new GeneratedDiagrams()).write(folder);
		return folder;
	}

	private static String chromium() {
		String chosen = System.getenv("PLACEWISE_CHROMIUM");
		if (chosen != null && !chosen.isBlank()) {
			assertTrue(Files.isExecutable(Path.of(chosen)), "PLACEWISE_CHROMIUM=" + chosen + " is not executable");
			return chosen;
		}
		for (String candidate : CHROMIUMS) {
			if (Files.isExecutable(Path.of(candidate))) {
				return candidate;
			}
		}
		return fail("No Chromium to run the browser suite in: install Debian's chromium (apt-get install chromium, "
				+ "as ./test does) or set PLACEWISE_CHROMIUM to a Chromium or Chrome executable. Looked at "
				+ CHROMIUMS);
	}

	private static Path executable(String name, String install) {
		for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
			Path candidate = Path.of(dir, name);
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return fail("The browser suite needs " + name + " on the PATH: install " + install + ".");
	}

	/** Runs a command in the browser folder, echoing its output; fails with the output when it does not exit 0. */
	private static String run(List<String> command, int timeoutSeconds, String what) throws Exception {
		Process process = new ProcessBuilder(command).directory(BROWSER.toFile()).redirectErrorStream(true).start();
		StringBuilder output = new StringBuilder();
		Thread reader = new Thread(() -> {
			try (var in = process.inputReader(StandardCharsets.UTF_8)) {
				String line;
				while ((line = in.readLine()) != null) {
					System.out.println(line);
					synchronized (output) {
						output.append(line).append('\n');
					}
				}
			} catch (IOException e) {
				// the process ended
			}
		});
		reader.start();
		if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			fail(what + " did not finish in " + timeoutSeconds + " s:\n" + output);
		}
		reader.join(10_000);
		synchronized (output) {
			assertEquals(0, process.exitValue(), what + " failed:\n" + output);
			return output.toString();
		}
	}
}
