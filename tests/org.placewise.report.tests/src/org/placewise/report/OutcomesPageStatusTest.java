package org.placewise.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.model.core.CoreFactory;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.measures.DesiredDirection;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresFactory;
import org.placewise.model.measures.Observation;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.OutcomesFactory;
import org.placewise.model.outcomes.Vision;
import org.placewise.model.outcomes.WorkProgramme;
import org.placewise.model.resource.Identities;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The outcome tree page shows each outcome's and programme's rolled-up status, why, and the measures behind it, each
 * linking to its chart.
 */
class OutcomesPageStatusTest {

	private static final String XHTML = "http://www.w3.org/1999/xhtml";

	@TempDir
	Path temp;

	private final PlacewiseModel model = CoreFactory.eINSTANCE.createPlacewiseModel();
	private Measure delayDays;

	/**
	 * Fewer delays (with a sub-outcome, shorter stays, evidenced by delay days: lower is better, target 5, latest point
	 * far above the limits, so concern and failing); living independently evidenced by reablement (improvement,
	 * passing); wellbeing with no measure. The home first programme serves fewer delays and tracks both measures.
	 */
	OutcomesPageStatusTest() {
		model.setName("Roll-up");
		Vision vision = OutcomesFactory.eINSTANCE.createVision();
		vision.setName("Home first");
		model.getVisions().add(vision);
		Outcome delays = outcome(vision.getOutcomes(), "Fewer delays");
		Outcome stays = outcome(delays.getChildren(), "Shorter stays");
		Outcome independence = outcome(vision.getOutcomes(), "Living independently");
		outcome(vision.getOutcomes(), "Wellbeing");
		delayDays = measure("Delay days", DesiredDirection.LOWER_IS_BETTER, "5");
		delayDays.getEvidencedOutcomes().add(stays);
		Measure reablement = measure("Reablement", DesiredDirection.HIGHER_IS_BETTER, "9");
		reablement.getEvidencedOutcomes().add(independence);
		WorkProgramme programme = OutcomesFactory.eINSTANCE.createWorkProgramme();
		programme.setName("Home first programme");
		programme.getOutcomesServed().add(delays);
		programme.getMeasures().add(delayDays);
		programme.getMeasures().add(reablement);
		model.getProgrammes().add(programme);
		Identities.assignMissing(model);
	}

	/** @return a new model of the outcomes, measures and programme described in the constructor */
	static PlacewiseModel model() {
		return new OutcomesPageStatusTest().model;
	}

	private static Outcome outcome(List<Outcome> parent, String name) {
		Outcome outcome = OutcomesFactory.eINSTANCE.createOutcome();
		outcome.setName(name);
		parent.add(outcome);
		return outcome;
	}

	/** 20 weekly points alternating 10.0 and 10.2 (common cause), then 12: far above the upper limit. */
	private Measure measure(String name, DesiredDirection direction, String target) {
		Measure measure = MeasuresFactory.eINSTANCE.createMeasure();
		measure.setName(name);
		measure.setDesiredDirection(direction);
		measure.setTargetValue(new BigDecimal(target));
		for (int i = 0; i <= 20; i++) {
			Observation observation = MeasuresFactory.eINSTANCE.createObservation();
			observation.setObservedOn(LocalDate.of(2024, 4, 1).plusWeeks(i));
			observation.setObservedValue(new BigDecimal(i == 20 ? "12" : i % 2 == 0 ? "10.0" : "10.2"));
			measure.getObservations().add(observation);
		}
		model.getMeasures().add(measure);
		return measure;
	}

	private Path writePack() throws Exception {
		Path folder = temp.resolve("pack");
		new LeadersPack(PackPlan.of(model, LocalDate.of(2025, 6, 30), null, List.of()), PackDiagrams.NONE)
				.write(folder);
		return folder;
	}

	private static Document parse(Path page) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		var builder = factory.newDocumentBuilder();
		builder.setErrorHandler(null);
		return builder.parse(page.toFile());
	}

	private static List<Element> elements(Element within, String tag) {
		NodeList nodes = within.getElementsByTagNameNS(XHTML, tag);
		List<Element> list = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			list.add((Element) nodes.item(i));
		}
		return list;
	}

	/** The list item of the outcome or programme whose name is {@code name}, without its sub-outcomes. */
	private static Element item(Document page, String name) {
		for (Element li : elements(page.getDocumentElement(), "li")) {
			for (Element strong : elements(li, "strong")) {
				if (strong.getParentNode() == li && strong.getTextContent().equals(name)
						|| strong.getParentNode() == li && strong.getTextContent().trim().equals(name)) {
					return li;
				}
			}
		}
		throw new AssertionError("no item for " + name);
	}

	/** The status words of an item (its own roll-up, not its measures' or sub-outcomes'). */
	private static List<String> status(Element item) {
		for (Element div : elements(item, "div")) {
			if (div.getAttribute("class").equals("rollup") && div.getParentNode() == item) {
				Element status = elements(div, "span").get(0);
				return elements(status, "span").stream().filter(s -> s.getAttribute("class").equals("icon-label"))
						.map(Element::getTextContent).toList();
			}
		}
		throw new AssertionError("no status on " + item.getTextContent());
	}

	private static Element behind(Element item) {
		for (Element ul : elements(item, "ul")) {
			if (ul.getAttribute("class").equals("behind")) {
				return ul;
			}
		}
		throw new AssertionError("no measures listed under " + item.getTextContent());
	}

	@Test
	void eachOutcomeShowsItsRolledUpTrendAndTargetStatus() throws Exception {
		Document page = parse(writePack().resolve("outcomes.html"));
		assertEquals(List.of("Deteriorating", "Not meeting target"), status(item(page, "Fewer delays")));
		assertEquals(List.of("Deteriorating", "Not meeting target"), status(item(page, "Shorter stays")));
		assertEquals(List.of("Improving", "Meeting target"), status(item(page, "Living independently")));
		assertEquals(List.of("Not enough data", "No target"), status(item(page, "Wellbeing")));
		assertTrue(item(page, "Wellbeing").getTextContent().contains("No measure evidences this outcome"));
	}

	@Test
	void anOutcomeListsTheMeasuresBehindItsStatusFromTheOutcomesBelowItToo() throws Exception {
		Element list = behind(item(parse(writePack().resolve("outcomes.html")), "Fewer delays"));
		List<Element> links = elements(list, "a");
		assertEquals(List.of("Delay days"), links.stream().map(Element::getTextContent).toList());
		assertTrue(list.getTextContent().contains("Deteriorating"), list.getTextContent());
	}

	@Test
	void eachMeasureBehindAStatusLinksToItsChart() throws Exception {
		Path folder = writePack();
		Element list = behind(item(parse(folder.resolve("outcomes.html")), "Fewer delays"));
		String href = elements(list, "a").get(0).getAttribute("href");
		String[] parts = href.split("#");
		assertEquals(2, parts.length, href);
		Document target = parse(folder.resolve(parts[0]));
		Element section = null;
		for (Element s : elements(target.getDocumentElement(), "section")) {
			if (s.getAttribute("id").equals(parts[1])) {
				section = s;
			}
		}
		assertNotNull(section, href + " lands nowhere");
		List<Element> images = elements(section, "img");
		assertEquals(1, images.size(), "the section the link lands on holds the measure's chart");
		assertTrue(Files.isRegularFile(folder.resolve(images.get(0).getAttribute("src"))));
		assertTrue(images.get(0).getAttribute("alt").contains("Delay days"));
	}

	@Test
	void eachProgrammeShowsItsStatusAndItsMeasuresConcernFirst() throws Exception {
		Element programme = item(parse(writePack().resolve("outcomes.html")), "Home first programme");
		assertEquals(List.of("Deteriorating", "Not meeting target"), status(programme));
		assertEquals(List.of("Delay days", "Reablement"),
				elements(behind(programme), "a").stream().map(Element::getTextContent).toList());
		assertTrue(programme.getTextContent().contains("concern wins over the improvement in 'Reablement'"),
				programme.getTextContent());
	}

	@Test
	void thePackAnalysesEachMeasureOnceForItsChartAndTheRollUp() {
		PackPlan plan = PackPlan.of(model, LocalDate.of(2025, 6, 30), null, List.of());
		assertSame(plan.rollUp().reading(delayDays).analysis(), plan.analysis(delayDays));
	}
}
