package org.placewise.server.internal;

import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.net4j.util.om.OMPlatform;
import org.eclipse.net4j.util.om.log.OMLogFilter;
import org.eclipse.net4j.util.om.log.OMLogger;

/**
 * Turns Net4j's report of a connection that sends something other than the CDO protocol (a port scanner, a web browser,
 * garbage) into one warning line without a stack trace: Net4j logs a full stack trace for each, so anyone who can reach
 * the port could fill the server's log. Other Net4j and CDO messages are logged as before.
 */
public final class ProtocolErrorFilter implements OMLogFilter {
	/** The logger the one-line warnings go to. */
	public static final String LOGGER_NAME = ProtocolErrorFilter.class.getName();

	private static final System.Logger LOG = System.getLogger(LOGGER_NAME);

	private static final AtomicBoolean INSTALLED = new AtomicBoolean();

	/** Installs the filter in Net4j's platform (once per JVM). */
	public static void install() {
		if (INSTALLED.compareAndSet(false, true)) {
			OMPlatform.INSTANCE.addLogFilter(new ProtocolErrorFilter());
		}
	}

	@Override
	public boolean filter(OMLogger logger, OMLogger.Level level, String message, Throwable thrown) {
		if (thrown == null || !fromConnectionLayer(thrown)) {
			return false;
		}
		LOG.log(Level.WARNING, "Dropped a connection that does not speak the repository protocol: "
				+ AuditLog.printable(firstLine(message != null ? message : String.valueOf(thrown)), false));
		return true;
	}

	private static boolean fromConnectionLayer(Throwable thrown) {
		for (StackTraceElement frame : thrown.getStackTrace()) {
			String type = frame.getClassName();
			if (type.startsWith("org.eclipse.net4j.internal.tcp.")
					|| type.startsWith("org.eclipse.internal.net4j.buffer.")) {
				return true;
			}
		}
		return false;
	}

	private static String firstLine(String text) {
		int end = text.indexOf('\n');
		return end < 0 ? text : text.substring(0, end);
	}
}
