package org.placewise.diagram.kinds;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.placewise.checks.Checker;
import org.placewise.checks.Finding;
import org.placewise.diagram.scene.Badge;
import org.placewise.diagram.scene.LegendEntry;
import org.placewise.diagram.scene.Severity;

/**
 * Check findings drawn on the diagram elements they concern: one badge per severity on the node or edge (marker shape
 * and colour by severity, the count as text, the messages in its accessible description), and a legend entry per
 * severity shown. A finding about an object that is not drawn itself (a membership, an escalation rule) goes to the
 * nearest drawn element containing it (the board, the delegation). Switchable: {@link #off()} draws nothing.
 */
public final class FindingsOverlay {

	private static final FindingsOverlay OFF = new FindingsOverlay(false, List.of());

	private final boolean on;
	private final List<Finding> findings;

	private FindingsOverlay(boolean on, List<Finding> findings) {
		this.on = on;
		this.findings = List.copyOf(findings);
	}

	/** @return an overlay that shows nothing */
	public static FindingsOverlay off() {
		return OFF;
	}

	/**
	 * @param findings findings to show, in the order they should be listed
	 * @return an overlay showing them
	 */
	public static FindingsOverlay of(List<Finding> findings) {
		return new FindingsOverlay(true, Objects.requireNonNull(findings, "findings"));
	}

	/**
	 * @param minimum the least severe findings to keep, e.g. warnings to leave notes out
	 * @return this overlay showing only findings at least that severe
	 */
	public FindingsOverlay atLeast(org.placewise.checks.Severity minimum) {
		if (!on) {
			return this;
		}
		return new FindingsOverlay(true, findings.stream().filter(f -> f.severity().compareTo(minimum) >= 0).toList());
	}

	/**
	 * @param model   the model (or any object: its contents are checked too)
	 * @param checker the check catalogue to run, e.g. {@link Checker#placewise()}
	 * @return an overlay showing what the checker finds
	 */
	public static FindingsOverlay check(EObject model, Checker checker) {
		return of(checker.check(model));
	}

	/** @return whether findings are shown */
	public boolean isOn() {
		return on;
	}

	/** @return the findings this overlay shows where their objects are drawn */
	public List<Finding> findings() {
		return findings;
	}

	/**
	 * What the overlay added to a scene.
	 *
	 * @param sentence sentence for the diagram description, empty when the overlay is off
	 * @param legend   legend entries for the severities shown
	 */
	record Shown(String sentence, List<LegendEntry> legend) {
	}

	Shown apply(SceneDraft draft) {
		if (!on) {
			return new Shown("", List.of());
		}
		// Element -> severity -> messages, in finding order so that output is deterministic.
		Map<Object, Map<Severity, List<String>>> byElement = new LinkedHashMap<>();
		int shown = 0;
		int elsewhere = 0;
		for (Finding f : findings) {
			Object element = draft.elementFor(f.target());
			if (element == null) {
				elsewhere++;
				continue;
			}
			shown++;
			byElement.computeIfAbsent(element, k -> new EnumMap<>(Severity.class))
					.computeIfAbsent(severity(f), k -> new ArrayList<>())
					.add(f.message() + " [" + f.ruleId() + "]");
		}
		var present = new java.util.TreeSet<Severity>();
		byElement.forEach((element, bySeverity) -> bySeverity.forEach((severity, messages) -> {
			present.add(severity);
			var badge = new Badge(severity, String.valueOf(messages.size()), String.join(" ", messages));
			if (element instanceof SceneDraft.Node n) {
				n.badges.add(badge);
			} else if (element instanceof SceneDraft.Edge e) {
				e.badges.add(badge);
			}
		}));
		var legend = new ArrayList<LegendEntry>();
		for (Severity s : present) {
			legend.add(LegendEntry.badge(s, switch (s) {
			case ERROR -> "Errors found by the checks (count)";
			case WARNING -> "Warnings found by the checks (count)";
			case INFO -> "Notes from the checks (count)";
			}));
		}
		String sentence;
		if (shown == 0) {
			sentence = "The checks find nothing on the elements shown.";
		} else {
			sentence = "Badges show " + shown + (shown == 1 ? " check finding" : " check findings")
					+ " on the elements they concern.";
		}
		if (elsewhere > 0) {
			sentence += " " + elsewhere + (elsewhere == 1 ? " more concerns" : " more concern")
					+ " elements not drawn here.";
		}
		return new Shown(sentence, legend);
	}

	private static Severity severity(Finding f) {
		return switch (f.severity()) {
		case ERROR -> Severity.ERROR;
		case WARNING -> Severity.WARNING;
		case INFO -> Severity.INFO;
		};
	}
}
