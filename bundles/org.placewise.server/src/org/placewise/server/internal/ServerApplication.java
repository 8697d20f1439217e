package org.placewise.server.internal;

import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.placewise.model.PlacewisePackages;
import org.placewise.server.ServerMain;

/**
 * The Equinox application {@code org.placewise.server.app}: the repository server (or one of its user commands) in a
 * process of its own, with the Placewise packages. SIGTERM stops it cleanly through {@link ServerMain}'s shutdown hook.
 */
public final class ServerApplication implements IApplication {
	private volatile Thread running;

	@Override
	public Object start(IApplicationContext context) {
		Map<?, ?> arguments = context.getArguments();
		String[] args = (String[]) arguments.get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		running = Thread.currentThread();
		try {
			return ServerMain.run(args == null ? new String[0] : args, System.out, System.err, System.getenv(),
					PlacewisePackages.all());
		} finally {
			running = null;
		}
	}

	@Override
	public void stop() {
		// The server waits on its main thread; interrupting it closes the repository and ends the application.
		Thread thread = running;
		if (thread != null) {
			thread.interrupt();
		}
	}
}
