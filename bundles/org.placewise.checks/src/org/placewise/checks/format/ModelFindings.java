package org.placewise.checks.format;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.placewise.checks.Finding;
import org.placewise.checks.Severity;

/**
 * The findings of one checked model file, as the output writers take them.
 *
 * @param file     the file as the user named it, for people to read
 * @param uri      the file's absolute URI, for tools (SARIF artifact locations)
 * @param findings the findings, in model order
 */
public record ModelFindings(String file, String uri, List<Finding> findings) {

	public ModelFindings {
		Objects.requireNonNull(file);
		Objects.requireNonNull(uri);
		findings = List.copyOf(findings);
	}

	/** @return the findings of a model file, named as given and located by its absolute URI */
	public static ModelFindings of(Path file, List<Finding> findings) {
		return new ModelFindings(file.toString(), file.toAbsolutePath().normalize().toUri().toString(), findings);
	}

	/** @return how many findings have the given severity */
	public long count(Severity severity) {
		return findings.stream().filter(f -> f.severity() == severity).count();
	}

	/** @return how many findings of the given severity all the models have together */
	public static long count(List<ModelFindings> models, Severity severity) {
		return models.stream().mapToLong(m -> m.count(severity)).sum();
	}
}
