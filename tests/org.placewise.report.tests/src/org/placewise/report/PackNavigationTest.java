package org.placewise.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.placewise.checks.CheckCatalogue;
import org.placewise.checks.CheckProfile;
import org.placewise.checks.Checker;
import org.placewise.generator.EnglandModelGenerator;
import org.placewise.generator.Scale;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.footprint.Footprint;
import org.placewise.store.ModelFiles;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Navigation that scales: a bar of a few entries, breadcrumbs, indexes, and every page a few clicks away. */
class PackNavigationTest {

	private static final LocalDate AS_OF = EnglandModelGenerator.REFERENCE_DATE;
	private static final String XHTML = "http://www.w3.org/1999/xhtml";
	private static final Pattern HREF = Pattern.compile("href=\"([^\"#]*)[^\"]*\"");

	@TempDir
	static Path temp;

	private static Path placePack;
	private static PlacewiseModel place;

	@BeforeAll
	static void writeThePackOfAGeneratedPlace() throws IOException {
		place = EnglandModelGenerator.of(Scale.PLACE, 1).generate().model();
		placePack = write(place, "place");
	}

	private static Path write(PlacewiseModel model, String name) throws IOException {
		Path folder = temp.resolve(name);
		var findings = new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, AS_OF).check(model);
		new LeadersPack(PackPlan.of(model, AS_OF, null, findings), PackDiagrams.NONE).write(folder);
		return folder;
	}

	private static Document parse(Path page) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		return factory.newDocumentBuilder().parse(page.toFile());
	}

	private static List<Element> elements(Element within, String tag) {
		NodeList nodes = within.getElementsByTagNameNS(XHTML, tag);
		List<Element> list = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			list.add((Element) nodes.item(i));
		}
		return list;
	}

	private static List<Path> pages(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	/**
	 * The fewest clicks from the overview to each page, following the links of the written files; not those of the
	 * findings page, which links to everything with a finding and is no route through the pack.
	 */
	private static Map<String, Integer> clicksFromTheOverview(Path folder) throws IOException {
		Map<String, Integer> clicks = new HashMap<>();
		Deque<String> queue = new ArrayDeque<>();
		clicks.put(LeadersPack.INDEX, 0);
		queue.add(LeadersPack.INDEX);
		while (!queue.isEmpty()) {
			String page = queue.poll();
			if (page.equals(PackPlan.FINDINGS)) {
				continue;
			}
			Matcher links = HREF.matcher(Files.readString(folder.resolve(page)));
			while (links.find()) {
				String target = links.group(1);
				if (target.endsWith(".html") && !clicks.containsKey(target)) {
					clicks.put(target, clicks.get(page) + 1);
					queue.add(target);
				}
			}
		}
		return clicks;
	}

	@Test
	void navigationBarHasAFewEntriesNotOneTabPerProgramme() throws Exception {
		assertTrue(place.getProgrammes().size() > 6, "a generated place has many programmes, here "
				+ place.getProgrammes().size());
		for (Path page : pages(placePack)) {
			Element header = elements(parse(page).getDocumentElement(), "header").get(0);
			List<String> entries = elements(header, "a").stream().map(a -> a.getAttribute("href")).toList();
			assertTrue(entries.size() <= 6, page + ": " + entries);
			assertFalse(entries.stream().anyMatch(href -> href.startsWith("programme-")), page + ": " + entries);
		}
	}

	@ParameterizedTest
	@EnumSource(Scale.class)
	void everyPageIsAtMostThreeClicksFromTheOverview(Scale scale) throws Exception {
		Path folder = scale == Scale.PLACE ? placePack
				: write(EnglandModelGenerator.of(scale, 1).generate().model(), scale.label());
		Map<String, Integer> clicks = clicksFromTheOverview(folder);
		for (Path page : pages(folder)) {
			String file = page.getFileName().toString();
			assertTrue(clicks.containsKey(file), file + " cannot be reached from the overview");
			assertTrue(clicks.get(file) <= 3, file + " is " + clicks.get(file) + " clicks from the overview");
		}
	}

	@Test
	void everyPageHasBreadcrumbsFromTheOverviewToItself() throws Exception {
		for (Path page : pages(placePack)) {
			Element crumbs = elements(parse(page).getDocumentElement(), "nav").stream()
					.filter(nav -> nav.getAttribute("class").equals("breadcrumbs")).findFirst()
					.orElseThrow(() -> new AssertionError("no breadcrumbs on " + page));
			List<Element> steps = elements(crumbs, "li");
			Element last = steps.get(steps.size() - 1);
			assertEquals("page", last.getAttribute("aria-current"), page.toString());
			assertTrue(elements(last, "a").isEmpty(), page.toString());
			if (!page.getFileName().toString().equals(LeadersPack.INDEX)) {
				assertEquals(LeadersPack.INDEX, elements(steps.get(0), "a").get(0).getAttribute("href"),
						page.toString());
			}
		}
	}

	@Test
	void footprintPagesDrillDownAndTheirBreadcrumbsClimbBack() throws Exception {
		Footprint system = place.getFootprints().get(0);
		Footprint placeWithin = system.getChildren().get(0);
		PackPlan plan = PackPlan.of(place, AS_OF, null, List.of());
		String systemPage = plan.footprintPage(system).file();
		String placePage = plan.footprintPage(placeWithin).file();

		Document systemDocument = parse(placePack.resolve(systemPage));
		assertTrue(elements(systemDocument.getDocumentElement(), "a").stream()
				.anyMatch(a -> a.getAttribute("href").startsWith(placePage + "#")), "the ICS page links to its place");
		Element crumbs = elements(parse(placePack.resolve(placePage)).getDocumentElement(), "nav").stream()
				.filter(nav -> nav.getAttribute("class").equals("breadcrumbs")).findFirst().orElseThrow();
		assertEquals(List.of(LeadersPack.INDEX, systemPage),
				elements(crumbs, "a").stream().map(a -> a.getAttribute("href")).toList());
	}

	@Test
	void findingsAboutAFootprintAreOnItsPage() throws Exception {
		Footprint locality = place.getFootprints().get(0).getChildren().get(0).getChildren().get(0);
		var rule = CheckCatalogue.placewise().rules().get(0);
		var error = new org.placewise.checks.Finding(rule, org.placewise.checks.Severity.ERROR, locality,
				"Locality 'X' has something wrong", List.of());
		PackPlan plan = PackPlan.of(place, AS_OF, null, List.of(error));
		Path folder = temp.resolve("footprint-finding");
		new LeadersPack(plan, PackDiagrams.NONE).write(folder);
		String page = Files.readString(folder.resolve(plan.footprintPage(locality).file()));

		assertTrue(page.contains("href=\"" + PackPlan.FINDINGS + "#" + plan.packFindings().anchor(error) + "\">"
				+ "Locality &apos;X&apos; has something wrong</a>"), page);
	}

	@Test
	void programmeIndexListsEveryProgrammeAndWorksWithoutItsScript() throws Exception {
		Document index = parse(placePack.resolve(PackPlan.PROGRAMMES));
		Element table = elements(index.getDocumentElement(), "table").stream()
				.filter(t -> t.getAttribute("id").equals("programme-index")).findFirst().orElseThrow();
		List<Element> rows = elements(elements(table, "tbody").get(0), "tr");

		assertEquals(place.getProgrammes().size(), rows.size());
		rows.forEach(row -> assertFalse(row.hasAttribute("hidden"), "every row shows without the script"));
		Element form = elements(index.getDocumentElement(), "form").get(0);
		assertEquals("hidden", form.getAttribute("hidden"), "the filters show only when the script runs");
		rows.forEach(row -> assertTrue(row.getAttribute("data-name").equals(
				elements(row, "a").get(0).getTextContent().toLowerCase(java.util.Locale.ROOT)),
				"search reads the name"));
	}

	@Test
	void samplesKeepAFewNavigationEntriesToo() throws Exception {
		PlacewiseModel model = new ModelFiles().load(Path.of("../../samples/greater-manchester.placewise"));
		PackPlan plan = PackPlan.of(model, AS_OF, null, List.of());
		assertEquals(List.of("Overview", "Outcome tree", "Programmes", "Delegations", "Findings"),
				plan.pages().stream().filter(PackPlan.Page::inNavigation).map(PackPlan.Page::label).toList());
	}
}
