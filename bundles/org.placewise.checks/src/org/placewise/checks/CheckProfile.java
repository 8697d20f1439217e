package org.placewise.checks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Switches rules off, changes their severity or sets their parameters, per model or per run. The file format is one
 * setting a line; {@code #} starts a comment:
 *
 * <pre>
 * # our board accepts up to 25 members
 * board.too-many-members.max = 25
 * measure.no-recent-observation = error
 * outcome.generic-statement = off
 * </pre>
 */
public final class CheckProfile {
	/** Every rule on, at its default severity and parameters. */
	public static final CheckProfile DEFAULT = new CheckProfile(Map.of(), Map.of(), "(default profile)");

	private static final String OFF = "off";

	private final Map<String, Severity> severities;
	private final Map<String, Integer> parameters;
	private final String source;
	private final Set<String> disabled;

	private CheckProfile(Map<String, Severity> severities, Map<String, Integer> parameters, String source) {
		this(severities, parameters, source, Set.of());
	}

	private CheckProfile(Map<String, Severity> severities, Map<String, Integer> parameters, String source,
			Set<String> disabled) {
		this.severities = Map.copyOf(severities);
		this.parameters = Map.copyOf(parameters);
		this.source = source;
		this.disabled = Set.copyOf(disabled);
	}

	/**
	 * Reads a profile file, checking every line against the catalogue.
	 *
	 * @throws ProfileException naming the file and line of the first problem
	 */
	public static CheckProfile read(Path file, CheckCatalogue catalogue) throws ProfileException {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new ProfileException("Cannot read check profile " + file + ": " + e.getMessage());
		}
		return parse(lines, file.toString(), catalogue);
	}

	/**
	 * Parses profile lines.
	 *
	 * @param source name of the file, for messages
	 * @throws ProfileException naming the source and line of the first problem
	 */
	public static CheckProfile parse(List<String> lines, String source, CheckCatalogue catalogue)
			throws ProfileException {
		Map<String, Severity> severities = new HashMap<>();
		Map<String, Integer> parameters = new HashMap<>();
		Set<String> disabled = new HashSet<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			String where = source + " line " + (i + 1) + ": ";
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int equals = line.indexOf('=');
			if (equals < 0) {
				throw new ProfileException(where + "expected 'rule-id = off|info|warning|error' or "
						+ "'rule-id.parameter = number', found '" + line + "'");
			}
			String key = line.substring(0, equals).strip();
			String value = line.substring(equals + 1).strip();
			if (catalogue.find(key).isPresent()) {
				if (OFF.equalsIgnoreCase(value)) {
					disabled.add(key);
				} else {
					try {
						severities.put(key, Severity.parse(value));
					} catch (IllegalArgumentException e) {
						throw new ProfileException(where + e.getMessage() + " or off");
					}
				}
				continue;
			}
			int dot = key.lastIndexOf('.');
			String ruleId = dot < 0 ? key : key.substring(0, dot);
			if (dot < 0 || catalogue.find(ruleId).isEmpty()) {
				throw new ProfileException(
						where + "unknown rule '" + key + "' (./placewise check --list-rules lists them)");
			}
			CheckRule<?> rule = catalogue.find(ruleId).get();
			String parameter = key.substring(dot + 1);
			if (rule.parameter(parameter).isEmpty()) {
				throw new ProfileException(where + "rule " + ruleId + " has no parameter '" + parameter + "'"
						+ (rule.parameters().isEmpty() ? " (it has none)"
								: " (it has: " + String.join(", ",
										rule.parameters().stream().map(RuleParameter::name).toList()) + ")"));
			}
			try {
				parameters.put(key, Integer.valueOf(value));
			} catch (NumberFormatException e) {
				throw new ProfileException(
						where + "parameter '" + key + "' needs a whole number, found '" + value + "'");
			}
		}
		return new CheckProfile(severities, parameters, source, disabled);
	}

	/** @return whether the rule runs under this profile */
	public boolean isEnabled(CheckRule<?> rule) {
		return !disabled.contains(rule.id());
	}

	/** @return the rule's severity under this profile */
	public Severity severity(CheckRule<?> rule) {
		return severities.getOrDefault(rule.id(), rule.defaultSeverity());
	}

	/** @return the rule's parameter under this profile, or the default */
	public int parameter(CheckRule<?> rule, String name, int defaultValue) {
		Integer value = parameters.get(Objects.requireNonNull(rule).id() + "." + name);
		return value == null ? defaultValue : value;
	}

	/** @return where the profile came from, for messages */
	public String source() {
		return source;
	}

	/** A profile file that cannot be used, with the file and line of the problem. */
	public static final class ProfileException extends Exception {
		private static final long serialVersionUID = 1L;

		public ProfileException(String message) {
			super(message);
		}
	}
}
