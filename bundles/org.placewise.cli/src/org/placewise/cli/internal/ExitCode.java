package org.placewise.cli.internal;

/** The exit codes every Placewise command uses, so scripts and CI can act on them. */
public final class ExitCode {
	/** The command did its job and found nothing that counts as an error. */
	public static final int OK = 0;
	/** The command ran and found errors in the model (for example a check with error findings). */
	public static final int FINDINGS = 1;
	/** Bad input or usage: unknown command or option, missing or unreadable file, malformed model. */
	public static final int BAD_INPUT = 2;
	/** Something went wrong inside Placewise; details are in the log file. */
	public static final int INTERNAL_ERROR = 3;

	private ExitCode() {
	}
}
