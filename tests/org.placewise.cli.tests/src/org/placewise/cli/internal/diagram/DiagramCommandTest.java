package org.placewise.cli.internal.diagram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.cli.internal.ExitCode;
import org.placewise.cli.internal.PlacewiseCommandLine;

class DiagramCommandTest {

	@TempDir
	Path temp;

	private final StringWriter out = new StringWriter();
	private final StringWriter err = new StringWriter();

	private static String sample(String name) {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path file = dir.resolve("samples").resolve(name + ".placewise");
			if (Files.isRegularFile(file)) {
				return file.toString();
			}
		}
		throw new IllegalStateException("No samples/ folder above the working directory");
	}

	private int run(String... args) {
		return new PlacewiseCommandLine(new PrintWriter(out), new PrintWriter(err), temp.resolve("cli.log")).run(args);
	}

	@Test
	void writesAnSvgOfTheChosenKindAndRoot() throws Exception {
		Path svg = temp.resolve("wigan.svg");
		int code = run("diagram", sample("greater-manchester"), "--kind", "systems", "--root", "Wigan", "-o",
				svg.toString());
		assertEquals(ExitCode.OK, code, err.toString());
		String text = Files.readString(svg, StandardCharsets.UTF_8);
		assertTrue(text.startsWith("<?xml"), text);
		assertTrue(text.contains("Systems within systems: Wigan"));
		assertFalse(text.contains(">Bolton<"), "Bolton lies outside the root");
		assertTrue(out.toString().contains("Wrote the systems diagram"), out.toString());
	}

	@Test
	void pngIsChosenByTheOutputExtensionAndIsTheSameEachTime() throws Exception {
		Path first = temp.resolve("one.png");
		Path second = temp.resolve("two.png");
		String model = sample("exampleshire-scheme-of-delegation");
		assertEquals(ExitCode.OK,
				run("diagram", model, "--kind", "governance", "--as-of", "2025-06-30", "-o", first.toString()));
		assertEquals(ExitCode.OK,
				run("diagram", model, "--kind", "governance", "--as-of", "2025-06-30", "-o", second.toString()));
		byte[] png = Files.readAllBytes(first);
		assertEquals((byte) 0x89, png[0]);
		assertEquals('P', png[1]);
		assertArrayEquals(png, Files.readAllBytes(second));
	}

	@Test
	void findingsCanBeSwitchedOff() throws Exception {
		Path on = temp.resolve("on.svg");
		Path off = temp.resolve("off.svg");
		String model = sample("exampleshire-scheme-of-delegation");
		run("diagram", model, "--kind", "governance", "-o", on.toString());
		run("diagram", model, "--kind", "governance", "--findings", "off", "-o", off.toString());
		assertTrue(Files.readString(on).contains("badge-error"));
		assertFalse(Files.readString(off).contains("badge-"));
	}

	@Test
	void unknownKindIsABadInputWithOneLineNamingTheKinds() {
		int code = run("diagram", sample("greater-manchester"), "--kind", "orgchart", "-o",
				temp.resolve("x.svg").toString());
		assertEquals(ExitCode.BAD_INPUT, code);
		assertEquals("placewise diagram: 'orgchart' is not a kind of diagram: use systems, governance, outcomes, money."
				+ System.lineSeparator(), err.toString());
	}

	@Test
	void unknownRootListsTheCandidates() {
		int code = run("diagram", sample("greater-manchester"), "--kind", "systems", "--root", "Leigh", "-o",
				temp.resolve("x.svg").toString());
		assertEquals(ExitCode.BAD_INPUT, code);
		assertTrue(err.toString().contains("There is no footprint called 'Leigh'. Footprints in this model: Greater "
				+ "Manchester, Wigan, Bolton, Tameside."), err.toString());
		assertFalse(Files.exists(temp.resolve("x.svg")));
	}

	@Test
	void modelWithNothingToDrawIsABadInputWithOneLine() {
		int code = run("diagram", sample("bradford-district-and-craven"), "--kind", "money", "-o",
				temp.resolve("x.svg").toString());
		assertEquals(ExitCode.BAD_INPUT, code);
		assertEquals(1, err.toString().lines().count(), err.toString());
		assertTrue(err.toString().startsWith("placewise diagram: Nothing to draw: the money diagram"), err.toString());
	}

	@Test
	void missingModelFileIsABadInput() {
		int code = run("diagram", temp.resolve("none.placewise").toString(), "--kind", "systems");
		assertEquals(ExitCode.BAD_INPUT, code);
		assertTrue(err.toString().contains("there is no such file"), err.toString());
	}

	@Test
	void unknownHiddenKindNamesTheKindsThereAre() {
		int code = run("diagram", sample("greater-manchester"), "--kind", "systems", "--hide", "people", "-o",
				temp.resolve("x.svg").toString());
		assertEquals(ExitCode.BAD_INPUT, code);
		assertTrue(err.toString().contains("'people' is not a kind of diagram element"), err.toString());
	}
}
