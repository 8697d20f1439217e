package org.placewise.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19: Apache POI's warnings were printed on the terminal between the command's own messages. */
class LibraryLogTest {

	@TempDir
	Path temp;

	@Test
	void aLibrarysWarningGoesToTheLogFileNotTheTerminal() throws Exception {
		Logger root = Logger.getLogger("");
		List<Handler> before = List.of(root.getHandlers());
		PrintStream terminal = System.err;
		ByteArrayOutputStream shown = new ByteArrayOutputStream();
		System.setErr(new PrintStream(shown, true));
		try {
			// As Java logging is set up for ./placewise: a console handler on the root logger.
			root.addHandler(new ConsoleHandler());
			Path log = temp.resolve("home/.placewise/placewise-cli.log");
			Handler installed = LibraryLog.install(log);
			assertFalse(Files.exists(log), "nothing logged yet, no file");

			Logger.getLogger("org.apache.poi.openxml4j.opc.ZipPackage").warning("Zip entry has a bad name");

			assertEquals("", shown.toString(), "nothing on the terminal");
			String written = Files.readString(log);
			assertTrue(written.contains("WARNING org.apache.poi.openxml4j.opc.ZipPackage: Zip entry has a bad name"),
					written);
			root.removeHandler(installed);
		} finally {
			System.setErr(terminal);
			for (Handler handler : root.getHandlers()) {
				root.removeHandler(handler);
			}
			before.forEach(root::addHandler);
		}
	}
}
