package org.placewise.cli.internal;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless Equinox application behind {@code ./placewise <command>}. */
public final class PlacewiseCliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
		PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
		Path log = Path.of(System.getProperty("user.home"), ".placewise", "placewise-cli.log");
		// Libraries' warnings (Apache POI's) go to the log, not between the command's own messages.
		LibraryLog.install(log);
		return new PlacewiseCommandLine(out, err, log).run(args == null ? new String[0] : args);
	}

	@Override
	public void stop() {
		// commands run to completion on the main thread; nothing to interrupt
	}
}
