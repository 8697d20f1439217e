package org.placewise.diagram.kinds;

import java.util.Arrays;
import java.util.Locale;

import org.placewise.diagram.layout.SceneLayout.Flow;

/** The four Placewise diagrams, each computed from the model by its {@link DiagramDescription}. */
public enum DiagramKind {
	/** Footprints nested from integrated care system to neighbourhood, with partnerships, boards and organisations. */
	SYSTEMS("systems", "Systems within systems", Flow.DOWN, new SystemsDiagram()),
	/**
	 * Boards, committees and roles; delegations with scope, limit, reserved matters and escalation; reporting lines.
	 */
	GOVERNANCE("governance", "Governance and delegations", Flow.DOWN, new GovernanceDiagram()),
	/** Vision, outcomes, work programmes and measures with latest value against target. */
	OUTCOMES("outcomes", "Outcome tree", Flow.RIGHT, new OutcomesDiagram()),
	/** Pooled budgets with contributions; investments and the benefits they bring to other organisations. */
	MONEY("money", "Money", Flow.RIGHT, new MoneyDiagram());

	private final String id;
	private final String title;
	private final Flow flow;
	private final DiagramDescription description;

	DiagramKind(String id, String title, Flow flow, DiagramDescription description) {
		this.id = id;
		this.title = title;
		this.flow = flow;
		this.description = description;
	}

	/** @return the name used on the command line and as the SVG class, e.g. {@code systems} */
	public String id() {
		return id;
	}

	/**
	 * @return the diagram's name as readers see it, e.g. "Systems within systems": the start of the diagram's title,
	 *         and its name in the workbench and the leaders' pack
	 */
	public String title() {
		return title;
	}

	/** @return the direction the diagram's arrows mainly point in */
	public Flow flow() {
		return flow;
	}

	/** @return what the diagram shows */
	public DiagramDescription description() {
		return description;
	}

	/**
	 * @param text a kind as users write it ({@code systems}, {@code Money})
	 * @return the kind
	 * @throws DiagramException naming the kinds there are
	 */
	public static DiagramKind parse(String text) {
		String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
		for (DiagramKind k : values()) {
			if (k.id.equals(wanted)) {
				return k;
			}
		}
		throw new DiagramException("'" + text + "' is not a kind of diagram: use "
				+ String.join(", ", Arrays.stream(values()).map(DiagramKind::id).toList()) + ".");
	}
}
