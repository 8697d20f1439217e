package org.placewise.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.checks.CheckCatalogue;
import org.placewise.checks.CheckProfile;
import org.placewise.checks.Checker;
import org.placewise.generator.EnglandModelGenerator;
import org.placewise.generator.Scale;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.measures.Measure;
import org.placewise.outcomes.MeasureSpc;
import org.placewise.spc.SpcSummary;
import org.placewise.store.ModelFiles;

/**
 * How the pack presents: one shared stylesheet, error and overdue rows told apart with a legend, the Making Data Count
 * matrix, and the full-size diagram viewer with links that work without script.
 */
class PackPresentationTest {

	private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

	@TempDir
	static Path temp;

	private static Path examplePack;
	private static Path placePack;
	private static PlacewiseModel place;

	@BeforeAll
	static void writePacks() throws Exception {
		PlacewiseModel exampleshire = new ModelFiles()
				.load(Path.of("../../samples/exampleshire-scheme-of-delegation.placewise"));
		examplePack = write(exampleshire, LocalDate.of(2025, 6, 30), "exampleshire");
		place = EnglandModelGenerator.of(Scale.PLACE, 3).generate().model();
		placePack = write(place, EnglandModelGenerator.REFERENCE_DATE, "place");
	}

	private static Path write(PlacewiseModel model, LocalDate asOf, String name) throws IOException {
		Path folder = temp.resolve(name);
		var findings = new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, asOf).check(model);
		new LeadersPack(PackPlan.of(model, asOf, null, findings), new GeneratedDiagrams()).write(folder);
		return folder;
	}

	private static List<Path> pages(Path pack) throws IOException {
		try (Stream<Path> files = Files.list(pack)) {
			return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	@Test
	void everyPageLinksTheOneStylesheetAndEmbedsNone() throws IOException {
		assertEquals(PackStyle.CSS, Files.readString(examplePack.resolve("pack.css")));
		for (Path page : pages(examplePack)) {
			String html = Files.readString(page);
			assertTrue(html.contains("<link rel=\"stylesheet\" href=\"pack.css\"/>"), page.toString());
			assertFalse(html.contains("<style"), page.toString());
		}
	}

	@Test
	void errorRowsAndOverdueRowsHaveDifferentColoursAndALegend() throws IOException {
		String css = PackStyle.CSS;
		String overdue = rule(css, "tr.overdue");
		String error = rule(css, "tr.has-error");
		assertTrue(overdue.contains("background"), overdue);
		assertNotEquals(background(overdue), background(error));
		// The error's bar is the stronger: wider and solid.
		assertTrue(rule(css, "tr.has-error th").contains("8px solid"), css);
		assertTrue(rule(css, "tr.overdue th").contains("4px dotted"), css);
		String register = Files.readString(examplePack.resolve(PackPlan.DELEGATIONS));
		assertTrue(register.contains("<ul class=\"row-key\" aria-label=\"Row colours\">"), register);
		assertTrue(register.contains("class=\"swatch has-error\""), register);
		assertTrue(register.contains("class=\"swatch overdue\""), register);
		assertTrue(register.contains("<tr id=\"") && register.contains("class=\"overdue\""), register);
		assertTrue(register.contains("has-error"), register);
	}

	private static String rule(String css, String selector) {
		Matcher m = Pattern.compile("(?m)^" + Pattern.quote(selector) + " \\{([^}]*)\\}").matcher(css);
		assertTrue(m.find(), selector + " not in the stylesheet");
		return m.group(1);
	}

	private static String background(String declarations) {
		Matcher m = Pattern.compile("background: ([^;]+);").matcher(declarations);
		assertTrue(m.find(), declarations);
		return m.group(1);
	}

	@Test
	void theOverviewAndProgrammePagesPlaceEveryChartedMeasureInTheMatrix() throws Exception {
		String overview = Files.readString(placePack.resolve(PackPlan.INDEX));
		String matrix = between(overview, "<table class=\"matrix\">", "</table>");
		int charted = 0;
		for (var programme : place.getProgrammes()) {
			charted += programme.getMeasures().size();
		}
		assertTrue(charted > 0);
		int counted = 0;
		Matcher count = Pattern.compile("<span class=\"cell-count\">(\\d+)</span>").matcher(matrix);
		while (count.find()) {
			counted += Integer.parseInt(count.group(1));
		}
		assertTrue(counted > 0 && counted <= charted, counted + " of " + charted);
		assertTrue(matrix.contains("Common cause variation"), matrix);
		assertTrue(matrix.contains("Consistently passes") && matrix.contains("Hit and miss"), matrix);

		Path programmePage = pages(placePack).stream()
				.filter(p -> p.getFileName().toString().startsWith("programme-")).findFirst().orElseThrow();
		String programme = Files.readString(programmePage);
		String own = between(programme, "<table class=\"matrix\">", "</table>");
		int cells = 0;
		Matcher link = HREF.matcher(own);
		List<String> targets = new ArrayList<>();
		while (link.find()) {
			targets.add(link.group(1));
			cells++;
		}
		// Each measure of the programme once, each link to its chart on this page.
		Matcher in = Pattern.compile("<span class=\"cell-count\">(\\d+)</span>").matcher(own);
		int total = 0;
		while (in.find()) {
			total += Integer.parseInt(in.group(1));
		}
		assertEquals(total, cells, own);
		for (String target : targets) {
			String file = target.substring(0, target.indexOf('#'));
			String anchor = target.substring(target.indexOf('#') + 1);
			assertTrue(Files.readString(placePack.resolve(file)).contains("id=\"" + anchor + "\""), target);
		}
	}

	@Test
	void measuresSitInTheCellOfTheirVariationAndAssurance() {
		Measure measure = place.getProgrammes().get(0).getMeasures().get(0);
		var result = MeasureSpc.analyse(measure).result();
		var matrix = SpcSummary.matrix(List.of(measure), List.of(result));
		assertEquals(List.of(measure), matrix.get(SpcSummary.Row.of(result.latestVariation())).get(result.assurance()));
	}

	@Test
	void eachDiagramOpensFullSizeWithLinksThatNeedNoScript() throws Exception {
		String overview = Files.readString(examplePack.resolve(PackPlan.INDEX));
		assertTrue(overview.contains("href=\"diagram-systems.html\""), overview);
		Path viewer = examplePack.resolve("diagram-systems.html");
		String html = Files.readString(viewer);
		assertTrue(html.contains("<div class=\"viewer\" tabindex=\"0\" role=\"region\""), html);
		assertTrue(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""), html);
		assertFalse(html.contains("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg"), html);
		// The zoom buttons are hidden until the script shows them; the diagram is there without it.
		assertTrue(html.contains("class=\"viewer-controls\" hidden=\"hidden\""), html);
		assertTrue(html.contains("<script src=\"viewer.js\"></script>"), html);
		assertTrue(Files.readString(examplePack.resolve("viewer.js")).contains("setAttribute('width'"));
		// Boxes link to where the pack shows their object; every link resolves.
		String svg = between(html, "<svg", "</svg>");
		Matcher link = HREF.matcher(svg);
		int links = 0;
		while (link.find()) {
			links++;
			String target = link.group(1);
			String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
			assertTrue(Files.exists(examplePack.resolve(file)), target);
			if (target.contains("#")) {
				assertTrue(Files.readString(examplePack.resolve(file))
						.contains("id=\"" + target.substring(target.indexOf('#') + 1) + "\""), target);
			}
		}
		assertTrue(links > 5, links + " links");
		// Links never nest.
		assertFalse(Pattern.compile("<a [^>]*>((?!</a>).)*<a ", Pattern.DOTALL).matcher(svg).find(), svg);
	}

	@Test
	void findingsBadgesOnTheDiagramAreLinksNamedByTheirMessageAndListedInWords() throws Exception {
		String html = Files.readString(examplePack.resolve("diagram-governance.html"));
		Matcher badge = Pattern.compile("<g id=\"[^\"]*-badge-\\d+\" class=\"badge badge-(error|warning|info)\">\\s*"
				+ "<title>([^<]*)</title>\\s*(<desc>[^<]*</desc>\\s*)?<a href=\"findings.html#([^\"]+)\" aria-label=\"")
				.matcher(html);
		assertTrue(badge.find(), html);
		String anchor = badge.group(4);
		assertTrue(Files.readString(examplePack.resolve(PackPlan.FINDINGS)).contains("id=\"" + anchor + "\""));
		assertTrue(html.contains("<h2 id=\"diagram-findings\">Findings on this diagram</h2>"), html);
	}

	private static String between(String text, String start, String end) {
		int from = text.indexOf(start);
		assertTrue(from >= 0, start + " not found");
		return text.substring(from, text.indexOf(end, from) + end.length());
	}
}
