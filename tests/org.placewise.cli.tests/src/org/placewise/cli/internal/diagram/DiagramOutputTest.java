package org.placewise.cli.internal.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.cli.internal.ExitCode;
import org.placewise.cli.internal.PlacewiseCommandLine;

/** Issue 19, defect 2: {@code diagram -o} never destroys what it points at. */
class DiagramOutputTest {

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
	void anOutputThroughASymbolicLinkWritesItsTargetAndKeepsTheLink() throws Exception {
		Path real = Files.writeString(temp.resolve("real.svg"), "old");
		Path link = Files.createSymbolicLink(temp.resolve("link.svg"), real.getFileName());

		int code = run("diagram", sample("exampleshire-scheme-of-delegation"), "--kind", "governance", "-o",
				link.toString());

		assertEquals(ExitCode.OK, code, err.toString());
		assertTrue(Files.isSymbolicLink(link));
		assertTrue(Files.readString(real, StandardCharsets.UTF_8).startsWith("<?xml"));
	}

	@Test
	void anOutputOntoANamedPipeIsRefusedAndThePipeStays() throws Exception {
		Path fifo = temp.resolve("pipe.svg");
		if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() != 0) {
			return; // no mkfifo here: nothing to check
		}

		int code = run("diagram", sample("exampleshire-scheme-of-delegation"), "--kind", "governance", "-o",
				fifo.toString());

		assertEquals(ExitCode.BAD_INPUT, code, err.toString());
		assertTrue(err.toString().contains("a named pipe (FIFO), not a regular file"), err.toString());
		assertTrue(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS));
		assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS));
	}
}
