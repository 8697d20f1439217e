package org.placewise.server.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The server's audit log: one line per login, refused login and commit (accepted or refused), lock refusal and broken
 * lock, saying when, what, who and from where. Owner-only (0600) and appended to, never rewritten.
 * <p>
 * Line format: {@code 2026-12-02T10:15:30.123Z EVENT user=NAME from=ADDRESS detail}. Names and details come from the
 * network, so anything but printable characters is written as {@code \\uXXXX} and a line can never be forged.
 */
public final class AuditLog implements AutoCloseable {
	private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());

	private final Path file;

	private final Clock clock;

	private Writer writer;

	/**
	 * @param file  the log file (created owner-only if missing)
	 * @param clock time source
	 * @throws IOException if it cannot be opened for appending
	 */
	public AuditLog(Path file, Clock clock) throws IOException {
		this.file = file;
		this.clock = clock;
		OwnerOnly.createFile(file);
		writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
	}

	/** @return the log file */
	public Path file() {
		return file;
	}

	/**
	 * Appends one line and flushes it.
	 *
	 * @param event   what happened (a fixed word such as {@code LOGIN})
	 * @param user    the user name (as given by the client)
	 * @param address where it came from
	 * @param detail  more, or empty
	 */
	public synchronized void record(String event, String user, String address, String detail) {
		if (writer == null) {
			return;
		}
		StringBuilder line = new StringBuilder();
		line.append(clock.instant().truncatedTo(ChronoUnit.MILLIS)).append(' ').append(event);
		line.append(" user=").append(printable(user, true)).append(" from=").append(printable(address, true));
		if (detail != null && !detail.isEmpty()) {
			line.append(' ').append(printable(detail, false));
		}
		try {
			writer.write(line.append('\n').toString());
			writer.flush();
		} catch (IOException ex) {
			// Auditing must not stop the repository; the failure itself is reported once per line.
			LOG.log(Level.WARNING, "Cannot write the audit log " + file + ": " + ex.getMessage());
		}
	}

	/**
	 * @param text        text from the network
	 * @param escapeSpace whether spaces are escaped too (in fields, so a name cannot pose as another field)
	 * @return it with every control, format or line-separator character, and backslashes, written as Java escapes
	 */
	static String printable(String text, boolean escapeSpace) {
		if (text == null) {
			return "-";
		}
		StringBuilder result = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int type = Character.getType(c);
			if (Character.isISOControl(c) || c == '\\' || escapeSpace && Character.isWhitespace(c)
					|| type == Character.FORMAT || type == Character.LINE_SEPARATOR
					|| type == Character.PARAGRAPH_SEPARATOR) {
				result.append(String.format("\\u%04x", (int) c));
			} else {
				result.append(c);
			}
		}
		return result.toString();
	}

	@Override
	public synchronized void close() {
		if (writer != null) {
			try {
				writer.close();
			} catch (IOException ex) {
				LOG.log(Level.WARNING, "Cannot close the audit log " + file + ": " + ex.getMessage());
			}
			writer = null;
		}
	}
}
