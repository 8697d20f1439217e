package org.placewise.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.placewise.checks.CheckCatalogue;
import org.placewise.checks.CheckProfile;
import org.placewise.checks.Checker;
import org.placewise.checks.Finding;
import org.placewise.checks.Severity;
import org.placewise.diagram.kinds.DiagramScope;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.Delegation;
import org.placewise.model.measures.Measure;
import org.placewise.model.outcomes.WorkProgramme;
import org.placewise.store.ModelFiles;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class LeadersPackTest {

	private static final Path SAMPLES = Path.of("../../samples");
	private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
	private static final String ESSEX = "mid-and-south-essex-older-adults.placewise";
	private static final String EXAMPLESHIRE = "exampleshire-scheme-of-delegation.placewise";
	private static final String XHTML = "http://www.w3.org/1999/xhtml";

	@TempDir
	Path temp;

	static Stream<String> samples() throws IOException {
		try (Stream<Path> files = Files.list(SAMPLES)) {
			List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".placewise"))
					.sorted()
					.toList();
			assertFalse(names.isEmpty(), "no samples found in " + SAMPLES.toAbsolutePath());
			return names.stream();
		}
	}

	private static PlacewiseModel load(String sample) throws Exception {
		return new ModelFiles().load(SAMPLES.resolve(sample));
	}

	private Path write(String sample) throws Exception {
		Path folder = temp.resolve(sample.replace(".placewise", ""));
		pack(load(sample), null, new GeneratedDiagrams()).write(folder);
		return folder;
	}

	/** A pack of the model with the findings of the default profile, as {@code placewise report} makes it. */
	static LeadersPack pack(PlacewiseModel model, Footprint root, PackDiagrams diagrams) {
		List<Finding> findings = new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, AS_OF).check(model);
		return new LeadersPack(PackPlan.of(model, AS_OF, root, findings), diagrams);
	}

	/** Parses a pack page as XML (each page is XHTML), without fetching the DTD. */
	static Document parse(Path page) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		DocumentBuilder builder = factory.newDocumentBuilder();
		builder.setErrorHandler(null);
		return builder.parse(page.toFile());
	}

	private static List<Element> elements(Document document, String tag) {
		NodeList nodes = document.getElementsByTagNameNS(XHTML, tag);
		List<Element> list = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			list.add((Element) nodes.item(i));
		}
		return list;
	}

	private static boolean hasId(Document document, String id) {
		NodeList all = document.getElementsByTagNameNS("*", "*");
		for (int i = 0; i < all.getLength(); i++) {
			if (id.equals(((Element) all.item(i)).getAttribute("id"))) {
				return true;
			}
		}
		return false;
	}

	private static List<Path> pages(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	@ParameterizedTest
	@MethodSource("samples")
	void everyPageParsesAndEveryInternalLinkAndImageResolves(String sample) throws Exception {
		Path folder = write(sample);
		Map<Path, Document> documents = new HashMap<>();
		for (Path page : pages(folder)) {
			documents.put(page.normalize(), parse(page));
		}
		assertTrue(documents.containsKey(folder.resolve(LeadersPack.INDEX).normalize()));
		for (Map.Entry<Path, Document> entry : documents.entrySet()) {
			Document document = entry.getValue();
			List<String> references = new ArrayList<>();
			elements(document, "a").forEach(a -> references.add(a.getAttribute("href")));
			elements(document, "img").forEach(img -> references.add(img.getAttribute("src")));
			for (String reference : references) {
				String where = entry.getKey().getFileName() + " -> " + reference;
				assertFalse(reference.isEmpty() || reference.contains(":"), "not an internal reference: " + where);
				int hash = reference.indexOf('#');
				String file = hash < 0 ? reference : reference.substring(0, hash);
				Path target = file.isEmpty() ? entry.getKey() : entry.getKey().resolveSibling(file).normalize();
				assertTrue(Files.isRegularFile(target), "missing file: " + where);
				if (hash >= 0) {
					Document targetDocument = documents.get(target);
					assertTrue(targetDocument != null && hasId(targetDocument, reference.substring(hash + 1)),
							"missing anchor: " + where);
				}
			}
		}
	}

	@ParameterizedTest
	@MethodSource("samples")
	void pagesAreAccessible(String sample) throws Exception {
		Path folder = write(sample);
		for (Path page : pages(folder)) {
			Document document = parse(page);
			assertEquals("en-GB", document.getDocumentElement().getAttribute("lang"), page.toString());
			assertEquals(1, elements(document, "h1").size(), "one main heading on " + page);
			for (Element img : elements(document, "img")) {
				assertFalse(img.getAttribute("alt").isBlank(), "image without alt text on " + page);
			}
			for (Element th : elements(document, "th")) {
				assertTrue(th.getAttribute("scope").equals("col") || th.getAttribute("scope").equals("row"),
						"table header without scope on " + page + ": " + th.getTextContent());
			}
		}
	}

	@ParameterizedTest
	@MethodSource("samples")
	void everyProgrammeHasItsPageLinkedFromTheOverview(String sample) throws Exception {
		PlacewiseModel model = load(sample);
		Path folder = temp.resolve("pack");
		pack(model, null, new GeneratedDiagrams()).write(folder);
		Document overview = parse(folder.resolve(LeadersPack.INDEX));
		List<String> links = elements(overview, "a").stream().map(a -> a.getAttribute("href")).toList();
		for (WorkProgramme programme : model.getProgrammes()) {
			String page = links.stream().filter(href -> href.startsWith("programme-") && href.contains("#"
					+ PackPlan.anchorId(programme))).findFirst().orElseThrow(
							() -> new AssertionError("no link to programme " + programme.getName()));
			Document programmePage = parse(folder.resolve(page.substring(0, page.indexOf('#'))));
			assertEquals(programme.getName(), elements(programmePage, "h1").get(0).getTextContent());
		}
	}

	@Test
	void midAndSouthEssexShowsItsEightKpisWithMissingBaselinesAndTargetsMarked() throws Exception {
		Path folder = write(ESSEX);
		Document page = parse(folder.resolve("programme-older-adults-transformation-programme.html"));
		Element table = elements(page, "table").stream().filter(t -> t.getAttribute("class").equals("measures"))
				.findFirst().orElseThrow();
		Map<String, String[]> rows = new HashMap<>();
		NodeList trs = table.getElementsByTagNameNS(XHTML, "tr");
		for (int i = 1; i < trs.getLength(); i++) {
			NodeList cells = ((Element) trs.item(i)).getElementsByTagNameNS(XHTML, "td");
			// The measure's name is the header cell's first link; findings about the measure follow it.
			String name = ((Element) ((Element) trs.item(i)).getElementsByTagNameNS(XHTML, "th").item(0))
					.getElementsByTagNameNS(XHTML, "a").item(0).getTextContent();
			rows.put(name, new String[] { cells.item(2).getTextContent(), cells.item(3).getTextContent() });
		}
		Map<String, String[]> kpis = new HashMap<>();
		kpis.put("Frailty avoided admissions per week", new String[] { "No baseline", "No target" });
		kpis.put("UCRT avoided admissions per week", new String[] { "No baseline", "No target" });
		kpis.put("Average number of delay days per community hospital inpatient", new String[] { "10.0", "8.4" });
		kpis.put("Proportion of acute discharges to onward bedded care", new String[] { "No baseline", "No target" });
		kpis.put("Proportion of long-term placements after interim beds", new String[] { "No baseline", "No target" });
		kpis.put("Number of reablement finishers each week", new String[] { "No baseline", "No target" });
		kpis.put("Average ongoing care hours reduced through reablement", new String[] { "113.2", "137.1" });
		kpis.put("Average weekly cost of care package following long-term decision", new String[] { "74", "60" });
		for (Map.Entry<String, String[]> kpi : kpis.entrySet()) {
			assertArrayEquals(kpi.getValue(), rows.get(kpi.getKey()), kpi.getKey());
		}
		assertEquals(10, rows.size(), "the 8 operational KPIs plus the staff-behaviour and lived-experience measures");
	}

	@Test
	void missingBaselineIsABadgeNotABlankCell() throws Exception {
		Path folder = write(ESSEX);
		Document page = parse(folder.resolve("programme-older-adults-transformation-programme.html"));
		long badges = elements(page, "span").stream()
				.filter(s -> s.getAttribute("class").equals("badge gap") && s.getTextContent().equals("No baseline"))
				.count();
		assertEquals(7, badges, "5 operational KPIs and the 2 other measures have no baseline");
	}

	@Test
	void overdueDelegationReviewsAreHighlightedInWords() throws Exception {
		Path folder = write(EXAMPLESHIRE);
		Document page = parse(folder.resolve(PackPlan.DELEGATIONS));
		List<Element> overdue = elements(page, "tr").stream().filter(tr -> tr.getAttribute("class").equals("overdue"))
				.toList();
		assertEquals(2, overdue.size());
		overdue.forEach(tr -> assertTrue(tr.getTextContent().contains("Overdue"), tr.getTextContent()));
	}

	@Test
	void findingsLinkToTheObjectsTheyAreAbout() throws Exception {
		Path folder = write(EXAMPLESHIRE);
		Document page = parse(folder.resolve(PackPlan.FINDINGS));
		assertTrue(elements(page, "a").stream().anyMatch(a -> a.getAttribute("href").startsWith(PackPlan.DELEGATIONS
				+ "#o-")), "a finding links to a delegation");
		assertTrue(page.getDocumentElement().getTextContent().contains("delegation.exceeds-delegator-limit"));
	}

	@Test
	void measureWithObservationsGetsAChartWithAltText() throws Exception {
		Path folder = write(EXAMPLESHIRE);
		Document page = parse(folder.resolve(PackPlan.UNLISTED_MEASURES));
		Element img = elements(page, "img").get(0);
		assertTrue(Files.readString(folder.resolve(img.getAttribute("src"))).contains("<svg"));
		// Exampleshire's illustrative falls series is tracked by no programme, so it is on the unlisted page.
		assertTrue(img.getAttribute("alt").startsWith("XmR chart of Emergency admissions after a fall with 40 points"),
				img.getAttribute("alt"));
	}

	@Test
	void sameModelAndDateGiveTheSameFiles() throws Exception {
		Path first = temp.resolve("first");
		Path second = temp.resolve("second");
		pack(load(EXAMPLESHIRE), null, new GeneratedDiagrams()).write(first);
		List<Path> written = pack(load(EXAMPLESHIRE), null, new GeneratedDiagrams()).write(second);
		for (Path file : written) {
			assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)),
					file.toString());
		}
	}

	@Test
	void rootNarrowsThePackToAFootprint() throws Exception {
		PlacewiseModel model = load("bradford-district-and-craven.placewise");
		var root = DiagramScope.findRoot(model, "bradford district and craven");
		Path folder = temp.resolve("root");
		pack(model, root, new GeneratedDiagrams()).write(folder);

		assertEquals(root.getName(), elements(parse(folder.resolve(LeadersPack.INDEX)), "h1").get(0).getTextContent());
	}

	@Test
	void overviewShowsTheGeneratedSystemsAndGovernanceDiagramsWithDescriptions() throws Exception {
		Path folder = write("greater-manchester.placewise");
		Document overview = parse(folder.resolve(LeadersPack.INDEX));
		List<String> sources = elements(overview, "img").stream().map(img -> img.getAttribute("src")).toList();

		assertTrue(sources.contains("diagrams/systems.svg"), sources.toString());
		assertTrue(sources.contains("diagrams/governance.svg"), sources.toString());
		assertTrue(Files.readString(folder.resolve("diagrams/systems.svg")).contains("Wigan"));
	}

	@Test
	void withoutDiagramsTheOverviewStillListsTheFootprints() throws Exception {
		Path folder = temp.resolve("plain");
		pack(load("greater-manchester.placewise"), null, PackDiagrams.NONE).write(folder);
		Document overview = parse(folder.resolve(LeadersPack.INDEX));

		assertTrue(elements(overview, "img").isEmpty());
		assertFalse(Files.exists(folder.resolve(PackPlan.DIAGRAMS)));
		assertTrue(overview.getDocumentElement().getTextContent().contains("Wigan"));
	}

	private static List<Finding> findings(PlacewiseModel model) {
		return new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, AS_OF).check(model);
	}

	private static String classOf(Element element) {
		return " " + element.getAttribute("class") + " ";
	}

	@Test
	void delegationAboveItsDelegatorsLimitIsHighlightedOnItsRegisterRow() throws Exception {
		PlacewiseModel model = load(EXAMPLESHIRE);
		List<Finding> errors = findings(model).stream().filter(f -> f.severity() == Severity.ERROR
				&& f.target() instanceof Delegation).toList();
		assertTrue(errors.stream().anyMatch(f -> f.ruleId().equals("delegation.exceeds-delegator-limit")),
				errors.toString());
		Path folder = write(EXAMPLESHIRE);
		Document page = parse(folder.resolve(PackPlan.DELEGATIONS));
		List<Element> highlighted = elements(page, "tr").stream().filter(tr -> classOf(tr).contains(" has-error "))
				.toList();

		assertEquals(errors.stream().map(f -> PackPlan.anchorId(f.target())).distinct().sorted().toList(),
				highlighted.stream().map(tr -> tr.getAttribute("id")).sorted().toList());
		for (Finding error : errors) {
			Element row = highlighted.stream()
					.filter(tr -> tr.getAttribute("id").equals(PackPlan.anchorId(error.target())))
					.findFirst().orElseThrow();
			assertTrue(row.getTextContent().contains(error.message()), row.getTextContent());
		}
	}

	@ParameterizedTest
	@MethodSource("samples")
	void everyErrorIsHighlightedOnTheRowOfTheObjectItIsAbout(String sample) throws Exception {
		PlacewiseModel model = load(sample);
		PackPlan plan = PackPlan.of(model, AS_OF, null, findings(model));
		Path folder = temp.resolve("errors");
		new LeadersPack(plan, PackDiagrams.NONE).write(folder);
		for (Finding error : plan.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList()) {
			String href = plan.nearestHref(error.target()).orElse(null);
			if (href == null || !href.startsWith(PackPlan.DELEGATIONS) && !href.startsWith(PackPlan.INDEX)) {
				continue;
			}
			Document page = parse(folder.resolve(href.substring(0, href.indexOf('#'))));
			String id = href.substring(href.indexOf('#') + 1);
			elements(page, "tr").stream().filter(tr -> tr.getAttribute("id").equals(id)).forEach(
					tr -> assertTrue(classOf(tr).contains(" has-error "), sample + ": " + error.message()));
		}
	}

	@ParameterizedTest
	@MethodSource("samples")
	void headlineCountsEverySeverityAndAddsUp(String sample) throws Exception {
		PlacewiseModel model = load(sample);
		List<Finding> findings = findings(model);
		Path folder = write(sample);
		Element card = elements(parse(folder.resolve(LeadersPack.INDEX)), "a").stream()
				.filter(a -> a.getAttribute("href").equals(PackPlan.FINDINGS)
						&& a.getTextContent().contains(" finding"))
				.findFirst().orElseThrow();
		long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
		long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
		long notes = findings.stream().filter(f -> f.severity() == Severity.INFO).count();

		String detail = card.getTextContent();
		assertTrue(detail.contains(errors + (errors == 1 ? " error," : " errors,")), detail);
		assertTrue(detail.contains(warnings + (warnings == 1 ? " warning," : " warnings,")), detail);
		assertTrue(detail.contains(notes + (notes == 1 ? " note" : " notes")), detail);
	}

	@ParameterizedTest
	@MethodSource("samples")
	void findingsPageListsEachFindingOnceUnderItsOwnerWithCountsThatAddUp(String sample) throws Exception {
		PlacewiseModel model = load(sample);
		List<Finding> findings = findings(model);
		Path folder = write(sample);
		Document page = parse(folder.resolve(PackPlan.FINDINGS));
		List<Element> owners = elements(page, "section").stream().filter(s -> s.getAttribute("class").equals("owner"))
				.toList();
		long listed = owners.stream().mapToLong(s -> s.getElementsByTagNameNS(XHTML, "li").getLength()).sum();
		assertEquals(findings.size(), listed);

		if (findings.isEmpty()) {
			return;
		}
		Element byOwner = elements(page, "table").stream().filter(t -> t.getTextContent().startsWith("Owner"))
				.findFirst().orElseThrow();
		NodeList rows = ((Element) byOwner.getElementsByTagNameNS(XHTML, "tbody").item(0)).getElementsByTagNameNS(XHTML,
				"tr");
		long[] sums = new long[4];
		for (int i = 0; i < rows.getLength(); i++) {
			NodeList cells = ((Element) rows.item(i)).getElementsByTagNameNS(XHTML, "td");
			for (int c = 0; c < 4; c++) {
				sums[c] += Long.parseLong(cells.item(c).getTextContent());
			}
			assertEquals(Long.parseLong(cells.item(3).getTextContent()), Long.parseLong(cells.item(0).getTextContent())
					+ Long.parseLong(cells.item(1).getTextContent()) + Long.parseLong(cells.item(2).getTextContent()));
		}
		assertEquals(owners.size(), rows.getLength());
		assertEquals(findings.size(), sums[3]);
		assertEquals(findings.stream().filter(f -> f.severity() == Severity.ERROR).count(), sums[0]);
		assertEquals(findings.stream().filter(f -> f.severity() == Severity.INFO).count(), sums[2]);
	}

	@ParameterizedTest
	@MethodSource("samples")
	void ownerOfAFindingIsReadFromTheModel(String sample) throws Exception {
		for (Finding finding : findings(load(sample))) {
			PackFindings.Owner owner = PackFindings.owner(finding);
			if (finding.target() instanceof Measure measure && measure.getOwner() != null) {
				assertEquals(new PackFindings.Owner(PackFindings.OwnerKind.MEASURE_OWNER, measure.getOwner()), owner);
			} else if (finding.target() instanceof WorkProgramme programme) {
				assertEquals(new PackFindings.Owner(PackFindings.OwnerKind.PROGRAMME, programme), owner);
			} else if (finding.target() instanceof Board board) {
				assertEquals(new PackFindings.Owner(PackFindings.OwnerKind.BOARD, board), owner);
			} else if (finding.target() instanceof Delegation delegation
					&& delegation.getDelegator() instanceof Board board) {
				assertEquals(new PackFindings.Owner(PackFindings.OwnerKind.BOARD, board), owner);
			} else if (finding.target() instanceof Footprint) {
				assertEquals(PackFindings.OwnerKind.NONE, owner.kind());
			}
		}
	}

	@Test
	void packRecordsItsFindingsForTheNextPack() throws Exception {
		PlacewiseModel model = load(EXAMPLESHIRE);
		PackPlan plan = PackPlan.of(model, AS_OF, null, findings(model));
		Path folder = temp.resolve("recorded");
		List<Path> written = new LeadersPack(plan, PackDiagrams.NONE).write(folder);

		assertTrue(written.contains(Path.of(FindingsRecord.FILE)));
		FindingsRecord record = FindingsRecord.read(folder);
		assertEquals(plan.findingsRecord(), record);
		assertEquals(plan.findings().size(), record.findings().size());
		assertEquals(AS_OF, record.asOf());
	}

	@Test
	void sinceAnEarlierPackTheFindingsPageSaysWhatIsNewResolvedAndStillOpen() throws Exception {
		PlacewiseModel model = load(EXAMPLESHIRE);
		List<Finding> findings = findings(model);
		List<FindingsRecord.Entry> before = new ArrayList<>(FindingsRecord.of(AS_OF, findings).findings());
		FindingsRecord.Entry dropped = before.remove(0);
		before.add(new FindingsRecord.Entry("board.no-quorum", "gone-board", "warning",
				"Board 'Old board' has no quorum.", "Exampleshire / Old board"));
		FindingsRecord previous = new FindingsRecord(LocalDate.of(2025, 3, 31), before);
		Path folder = temp.resolve("since");
		new LeadersPack(PackPlan.of(model, AS_OF, null, findings, previous), PackDiagrams.NONE).write(folder);
		Document page = parse(folder.resolve(PackPlan.FINDINGS));
		String text = page.getDocumentElement().getTextContent();

		assertTrue(text.contains("1 new, 1 resolved, " + (findings.size() - 1) + " still open"), text);
		assertTrue(text.contains("Board 'Old board' has no quorum."), "resolved finding listed");
		List<Element> fresh = elements(page, "span").stream().filter(s -> s.getAttribute("class").equals("badge new"))
				.toList();
		assertEquals(1, fresh.size());
		assertTrue(fresh.get(0).getParentNode().getTextContent().contains(dropped.message()));
		String overview = parse(folder.resolve(LeadersPack.INDEX)).getDocumentElement().getTextContent();
		assertTrue(overview.contains("1 new, 1 resolved since the pack of 31 Mar 2025"), overview);
	}

	@Test
	void aFolderWithoutAFindingsRecordCannotBeComparedWith() {
		IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
				() -> FindingsRecord.read(temp));
		assertTrue(e.getMessage().startsWith("there is no findings.json in "), e.getMessage());
	}

	@Test
	void textIsEscapedSoNamesCannotBreakThePage() {
		assertEquals("&lt;b&gt; &amp; &quot;x&quot; &apos;y&apos;", Markup.escape("<b> & \"x\" 'y'\u0001"));
	}
}
