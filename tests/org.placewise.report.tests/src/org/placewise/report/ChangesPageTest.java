package org.placewise.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.edit.label.ChangeList;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernanceFactory;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresFactory;
import org.placewise.model.measures.Observation;
import org.placewise.model.query.ModelChanges;
import org.placewise.store.ModelFiles;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The pack's "What changed" page: the Exampleshire scheme after a user raised the discharge fund, changed the place
 * committee's quorum, added a winter pressures delegation, removed the intermediate care pool delegation and recorded a
 * week's delays, redlined against the sample as it was.
 */
class ChangesPageTest {

	private static final Path EXAMPLESHIRE = Path.of("../../samples/exampleshire-scheme-of-delegation.placewise");
	private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
	private static final String XHTML = "http://www.w3.org/1999/xhtml";

	@TempDir
	Path temp;

	private static <T extends org.placewise.model.core.NamedElement> T named(List<T> list, String name) {
		return list.stream().filter(e -> name.equals(e.getName())).findFirst().orElseThrow();
	}

	/** Writes the pack of the edited sample, with the changes since the sample when {@code withChanges}. */
	private Path pack(boolean withChanges) throws Exception {
		PlacewiseModel then = new ModelFiles().load(EXAMPLESHIRE);
		PlacewiseModel now = new ModelFiles().load(EXAMPLESHIRE);
		Delegation discharge = named(now.getDelegations(), "Discharge fund");
		discharge.setFinancialLimit(new BigDecimal("2500000"));
		named(now.getBoards(), "Exampletown Place Committee").setQuorum(4);
		Delegation winter = GovernanceFactory.eINSTANCE.createDelegation();
		winter.setId("winter-pressures");
		winter.setName("Winter pressures");
		winter.setDelegator(discharge.getDelegator());
		winter.setDelegate(discharge.getDelegate());
		now.getDelegations().add(winter);
		now.getDelegations().remove(named(now.getDelegations(), "Intermediate care pool decisions"));
		Measure delays = now.getMeasures().get(0);
		Observation week = MeasuresFactory.eINSTANCE.createObservation();
		week.setId("week-2024-06-03");
		week.setObservedOn(LocalDate.of(2024, 6, 3));
		week.setObservedValue(new BigDecimal("9.1"));
		delays.getObservations().add(week);
		ChangeList changes = withChanges ? ChangeList.of("exampleshire.placewise",
				"exampleshire.placewise.bak, saved 30 Nov 2026", ModelChanges.between(then, now)) : null;
		Path folder = temp.resolve(withChanges ? "with" : "without");
		new LeadersPack(PackPlan.of(now, AS_OF, null, List.of(), null, changes), PackDiagrams.NONE).write(folder);
		return folder;
	}

	private static Document parse(Path page) throws Exception {
		return LeadersPackTest.parse(page);
	}

	private static List<String> texts(Document document, String tag) {
		NodeList nodes = document.getElementsByTagNameNS(XHTML, tag);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent().strip());
		}
		return texts;
	}

	/** Each table row as its cells' texts, separated by " | ". */
	private static List<String> rows(Document document) {
		NodeList rows = document.getElementsByTagNameNS(XHTML, "tr");
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < rows.getLength(); i++) {
			List<String> cells = new ArrayList<>();
			for (org.w3c.dom.Node cell = rows.item(i).getFirstChild(); cell != null; cell = cell.getNextSibling()) {
				if (cell instanceof Element) {
					cells.add(cell.getTextContent().strip());
				}
			}
			texts.add(String.join(" | ", cells));
		}
		return texts;
	}

	@Test
	void theRegisterRedlinesEachChangeGroupedByAreaUnderASummary() throws Exception {
		Document page = parse(pack(true).resolve("changes.html"));

		assertEquals(List.of("What changed"), texts(page, "h1"));
		assertEquals(List.of("Scheme of delegation", "Boards", "Measures"), texts(page, "h2"));
		assertTrue(texts(page, "p").contains("Scheme of delegation: 1 changed, 1 added, 1 removed; boards: 1 changed,"
				+ " 0 added, 0 removed; measures: 0 changed, 0 added, 0 removed; 1 new observation, 0 removed."),
				texts(page, "p").toString());
		assertEquals(List.of("Now", "Since"), texts(page, "dt"));
		assertEquals(List.of("exampleshire.placewise, as this pack shows it (as of 30 Jun 2025)",
				"exampleshire.placewise.bak, saved 30 Nov 2026"), texts(page, "dd"));
		assertEquals(List.of("Entry | Change | Before and after",
				"Delegation 'Discharge fund' (Exampletown Place Committee \u2192 Exampletown place lead) | Changed"
						+ " | Financial limit: before: £2,000,000 after: £2,500,000",
				"added: Delegation 'Winter pressures' (Exampletown Place Committee \u2192 Exampletown place lead)"
						+ " | Added | New in this version",
				"removed: Delegation 'Intermediate care pool decisions' (Exampletown Place Committee \u2192"
						+ " Exampletown Community Health NHS Trust) | Removed | Not in this version",
				"Entry | Change | Before and after",
				"Board 'Exampletown Place Committee' | Changed | Quorum: before: 3 after: 4",
				"Entry | Change | Before and after",
				"Measure 'Average delay days' | Changed | 1 observation added"), rows(page));
	}

	@Test
	void beforeIsStruckThroughAndAfterUnderlinedWithWordsForScreenReaders() throws Exception {
		Document page = parse(pack(true).resolve("changes.html"));

		assertTrue(texts(page, "del").containsAll(List.of("before: £2,000,000", "before: 3",
				"removed: Delegation 'Intermediate care pool decisions' (Exampletown Place Committee \u2192"
						+ " Exampletown Community Health NHS Trust)")),
				texts(page, "del").toString());
		assertTrue(texts(page, "ins").containsAll(List.of("after: £2,500,000", "after: 4",
				"added: Delegation 'Winter pressures' (Exampletown Place Committee \u2192 Exampletown place lead)")),
				texts(page, "ins").toString());
		String css = Files.readString(pack(true).resolve(ChangesPage.STYLE_FILE));
		assertTrue(css.contains("del { color: #8a1c16;") && css.contains("print-color-adjust: exact"), css);
	}

	@Test
	void changedObjectsLinkToWhereThePackShowsThem() throws Exception {
		Path folder = pack(true);
		String page = Files.readString(folder.resolve("changes.html"));
		Delegation discharge = named(new ModelFiles().load(EXAMPLESHIRE).getDelegations(), "Discharge fund");

		assertTrue(page.contains("<a href=\"delegations.html#" + PackPlan.anchorId(discharge) + "\">"), page);
	}

	@Test
	void everyPageLinksToWhatChangedFromItsNavigation() throws Exception {
		Path folder = pack(true);

		for (String file : List.of("index.html", "delegations.html", "findings.html", "changes.html")) {
			NodeList links = parse(folder.resolve(file)).getElementsByTagNameNS(XHTML, "a");
			boolean linked = false;
			for (int i = 0; i < links.getLength(); i++) {
				Element link = (Element) links.item(i);
				linked |= link.getAttribute("href").equals("changes.html")
						&& link.getTextContent().equals("What changed");
			}
			assertTrue(linked, file + " has no link to What changed");
		}
	}

	@Test
	void withoutAChangeListThePackHasNoWhatChangedPage() throws Exception {
		Path folder = pack(false);

		assertFalse(Files.exists(folder.resolve("changes.html")));
		assertFalse(Files.exists(folder.resolve(ChangesPage.STYLE_FILE)));
		assertFalse(Files.readString(folder.resolve("index.html")).contains("changes.html"));
	}

	@Test
	void nothingChangedSaysSo() throws Exception {
		PlacewiseModel model = new ModelFiles().load(EXAMPLESHIRE);
		ChangeList none = ChangeList.of("exampleshire.placewise", "exampleshire.placewise.bak, saved 30 Nov 2026",
				ModelChanges.between(new ModelFiles().load(EXAMPLESHIRE), model));
		Path folder = temp.resolve("none");
		new LeadersPack(PackPlan.of(model, AS_OF, null, List.of(), null, none), PackDiagrams.NONE).write(folder);

		Document page = parse(folder.resolve("changes.html"));
		assertTrue(texts(page, "p").contains("No changes in the scheme of delegation, boards or measures."),
				texts(page, "p").toString());
		assertEquals(List.of(), texts(page, "table"));
	}
}
