package org.placewise.report;

/**
 * The measures in the model that no work programme in the pack lists, shown like a programme's measures; the pack has
 * this page only when there are some.
 */
final class UnlistedMeasuresPage extends PackPage {

	private static final String TITLE = "Measures not linked to a programme";

	UnlistedMeasuresPage(PackPlan plan, PackPlan.Page page) {
		super(plan, page);
	}

	@Override
	String title() {
		return TITLE;
	}

	@Override
	void content(Markup html) {
		html.element("h1", TITLE);
		html.element("p", "These measures are in the model but no work programme lists them.", "class", "lede");
		new MeasuresSection(plan).write(html, plan.unlistedMeasures(), TITLE);
	}
}
