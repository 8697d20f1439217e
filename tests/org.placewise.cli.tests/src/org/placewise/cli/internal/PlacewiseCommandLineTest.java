package org.placewise.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

class PlacewiseCommandLineTest {

	@TempDir
	Path temp;

	private final StringWriter out = new StringWriter();
	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		return new PlacewiseCommandLine(new PrintWriter(out), new PrintWriter(err), temp.resolve("cli.log")).run(args);
	}

	@Test
	void versionPrintsTheRunningBundleVersionAndSucceeds() {
		int code = run("--version");

		assertEquals(ExitCode.OK, code);
		String bundleVersion = FrameworkUtil.getBundle(PlacewiseCommandLine.class).getVersion().toString();
		assertTrue(out.toString().startsWith("Placewise " + bundleVersion), out.toString());
		assertTrue(bundleVersion.startsWith("0.1.0"), bundleVersion);
	}

	@Test
	void unknownCommandIsABadInputWithAClearOneLineReason() {
		int code = run("frobnicate", "model.placewise");

		assertEquals(ExitCode.BAD_INPUT, code);
		String message = err.toString();
		assertTrue(message.startsWith("placewise: unknown command 'frobnicate'"), message);
		assertTrue(message.contains("help"), message);
		assertFalse(message.contains("Exception"), "no stack trace on the console: " + message);
		assertEquals("", out.toString());
	}

	@Test
	void unknownOptionIsABadInput() {
		int code = run("--frobnicate");

		assertEquals(ExitCode.BAD_INPUT, code);
		assertTrue(err.toString().contains("--frobnicate"), err.toString());
	}

	@Test
	void helpListsTheCommandsAndSucceeds() {
		int code = run("help");

		assertEquals(ExitCode.OK, code);
		assertTrue(out.toString().contains("Usage: placewise"), out.toString());
		assertTrue(out.toString().contains("help"), out.toString());
	}

	@Test
	void noCommandIsABadInputThatSaysWhatIsMissing() {
		int code = run();

		assertEquals(ExitCode.BAD_INPUT, code);
		assertTrue(err.toString().contains("Missing command"), err.toString());
	}
}
