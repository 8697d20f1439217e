package org.placewise.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends what libraries log through Java logging (Apache POI's warnings about a workbook, SPI Fly at start) to the
 * command line's log file instead of the terminal: the terminal shows Placewise's own messages only, in its words, and
 * the log keeps the rest for whoever looks into a problem. The file is created only when something is logged.
 */
final class LibraryLog extends Handler {

	private final Path file;

	private LibraryLog(Path file) {
		this.file = file;
		setFormatter(new SimpleFormatter());
	}

	/**
	 * Replaces the console handlers of Java logging's root logger by one writing to {@code file}.
	 *
	 * @param file the command line's log file
	 * @return the handler installed
	 */
	static Handler install(Path file) {
		Logger root = Logger.getLogger("");
		for (Handler handler : root.getHandlers()) {
			if (handler instanceof ConsoleHandler || handler instanceof LibraryLog) {
				root.removeHandler(handler);
			}
		}
		LibraryLog log = new LibraryLog(file);
		root.addHandler(log);
		return log;
	}

	@Override
	public synchronized void publish(LogRecord logRecord) {
		if (!isLoggable(logRecord)) {
			return;
		}
		StringBuilder line = new StringBuilder().append(Instant.ofEpochMilli(logRecord.getMillis())).append(' ')
				.append(logRecord.getLevel()).append(' ').append(logRecord.getLoggerName()).append(": ")
				.append(getFormatter().formatMessage(logRecord)).append(System.lineSeparator());
		if (logRecord.getThrown() != null) {
			StringWriter trace = new StringWriter();
			logRecord.getThrown().printStackTrace(new PrintWriter(trace));
			line.append(trace);
		}
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		} catch (IOException e) {
			// Logging must never stop a command; a log that cannot be written is lost.
		}
	}

	@Override
	public void flush() {
		// every record is written at once
	}

	@Override
	public void close() {
		// nothing held open
	}
}
