package org.placewise.checks.format;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.placewise.checks.Finding;
import org.placewise.checks.Severity;
import org.placewise.model.edit.label.PlacewiseLabels;

/**
 * Findings for a person to read: per model file, errors first, then warnings, then notes; within each, grouped by the
 * object they are about (its path in the model), each line the rule id and the message.
 */
public final class TextFindings {

	private TextFindings() {
	}

	/** Writes the findings of the given models, then a one-line total. */
	public static void write(List<ModelFindings> models, LocalDate asOf, PrintWriter out) {
		for (ModelFindings model : models) {
			out.printf("%s: %s%n", model.file(), summary(List.of(model)));
			for (Severity severity : severitiesMostSevereFirst()) {
				Map<EObject, List<Finding>> byObject = new LinkedHashMap<>();
				for (Finding finding : model.findings()) {
					if (finding.severity() == severity) {
						byObject.computeIfAbsent(finding.target(), t -> new ArrayList<>()).add(finding);
					}
				}
				if (byObject.isEmpty()) {
					continue;
				}
				out.printf("  %s%n", heading(severity));
				byObject.forEach((target, findings) -> {
					out.printf("    %s%n", findings.get(0).objectPath());
					for (Finding finding : findings) {
						out.printf("      [%s] %s%n", finding.ruleId(), finding.message());
					}
				});
			}
			out.println();
		}
		out.printf("Checked %s as of %s: %s.%n", many(models.size(), "model"), PlacewiseLabels.date(asOf),
				summary(models));
		out.flush();
	}

	private static List<Severity> severitiesMostSevereFirst() {
		return List.of(Severity.ERROR, Severity.WARNING, Severity.INFO);
	}

	private static String heading(Severity severity) {
		return switch (severity) {
		case ERROR -> "Errors";
		case WARNING -> "Warnings";
		case INFO -> "Notes";
		};
	}

	private static String summary(List<ModelFindings> models) {
		long errors = ModelFindings.count(models, Severity.ERROR);
		long warnings = ModelFindings.count(models, Severity.WARNING);
		long notes = ModelFindings.count(models, Severity.INFO);
		return many(errors, "error") + ", " + many(warnings, "warning") + ", " + many(notes, "note");
	}

	private static String many(long count, String noun) {
		return PlacewiseLabels.count(count, noun, noun + "s");
	}
}
