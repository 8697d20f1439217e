package org.placewise.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.checks.CheckCatalogue;
import org.placewise.checks.CheckProfile;
import org.placewise.checks.Checker;
import org.placewise.checks.Finding;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.footprint.Footprint;
import org.placewise.store.ModelFiles;

class PackPlanTest {

	private static final Path SAMPLES = Path.of("../../samples");
	private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
	private static final String EXCEEDS_LIMIT = "delegation.exceeds-delegator-limit";

	@TempDir
	Path temp;

	private static PlacewiseModel load(String sample) throws Exception {
		return new ModelFiles().load(SAMPLES.resolve(sample + ".placewise"));
	}

	private static List<Finding> findings(PlacewiseModel model, CheckProfile profile) {
		return new Checker(CheckCatalogue.placewise(), profile, AS_OF).check(model);
	}

	private static Footprint tameside(PlacewiseModel model) {
		return model.getFootprints().get(0).getChildren().get(2);
	}

	@Test
	void theFindingsPageReportsTheFindingsTheCallerGave() throws Exception {
		PlacewiseModel model = load("exampleshire-scheme-of-delegation");
		CheckProfile limitOff = CheckProfile.parse(List.of(EXCEEDS_LIMIT + " = off"), "test profile",
				CheckCatalogue.placewise());
		Path byDefault = temp.resolve("default");
		Path withProfile = temp.resolve("profile");

		new LeadersPack(PackPlan.of(model, AS_OF, null, findings(model, CheckProfile.DEFAULT)), PackDiagrams.NONE)
				.write(byDefault);
		new LeadersPack(PackPlan.of(model, AS_OF, null, findings(model, limitOff)), PackDiagrams.NONE)
				.write(withProfile);

		assertTrue(Files.readString(byDefault.resolve(PackPlan.FINDINGS)).contains(EXCEEDS_LIMIT));
		assertFalse(Files.readString(withProfile.resolve(PackPlan.FINDINGS)).contains(EXCEEDS_LIMIT));
	}

	@Test
	void withoutFindingsThePackSaysTheChecksFoundNothing() throws Exception {
		Path folder = temp.resolve("none");
		new LeadersPack(PackPlan.of(load("exampleshire-scheme-of-delegation"), AS_OF, null, List.of()),
				PackDiagrams.NONE)
				.write(folder);

		assertTrue(Files.readString(folder.resolve(PackPlan.FINDINGS)).contains("The checks found nothing to report."));
		assertTrue(Files.readString(folder.resolve(PackPlan.INDEX)).contains("0 errors, 0 warnings"));
	}

	@Test
	void findingsAreShownMostSevereFirst() throws Exception {
		PlacewiseModel model = load("exampleshire-scheme-of-delegation");
		List<Finding> plain = findings(model, CheckProfile.DEFAULT);

		List<Finding> planned = PackPlan.of(model, AS_OF, null, plain.reversed()).findings();

		assertEquals(plain.size(), planned.size());
		for (int i = 1; i < planned.size(); i++) {
			assertTrue(planned.get(i - 1).severity().compareTo(planned.get(i).severity()) >= 0, planned.toString());
		}
	}

	@Test
	void pagesAreTheOverviewOutcomesEachProgrammeAndTheRegisters() throws Exception {
		PlacewiseModel model = load("mid-and-south-essex-older-adults");

		List<PackPlan.Page> pages = PackPlan.of(model, AS_OF, null, List.of()).pages();

		assertEquals(List.of(PackPlan.PageKind.OVERVIEW, PackPlan.PageKind.OUTCOMES, PackPlan.PageKind.PROGRAMME,
				PackPlan.PageKind.DELEGATIONS, PackPlan.PageKind.FINDINGS),
				pages.stream().map(PackPlan.Page::kind).toList());
		assertEquals("programme-older-adults-transformation-programme.html", pages.get(2).file());
		assertEquals(model.getProgrammes().get(0), pages.get(2).programme());
	}

	@Test
	void everyPageNavigatesToEveryPageInPlanOrder() throws Exception {
		PlacewiseModel model = load("exampleshire-scheme-of-delegation");
		PackPlan plan = PackPlan.of(model, AS_OF, null, List.of());
		Path folder = temp.resolve("nav");
		new LeadersPack(plan, PackDiagrams.NONE).write(folder);

		for (PackPlan.Page page : plan.pages()) {
			String html = Files.readString(folder.resolve(page.file()));
			int at = 0;
			for (PackPlan.Page target : plan.pages()) {
				String link = "<a href=\"" + target.file() + "\""
						+ (target.equals(page) ? " aria-current=\"page\"" : "")
						+ ">";
				int found = html.indexOf(link, at);
				assertTrue(found >= 0, page.file() + " has no link " + link + " after position " + at);
				at = found;
			}
		}
	}

	@Test
	void twoFootprintsOfOneNameEachGetTheirOwnDiagrams() throws Exception {
		PlacewiseModel model = load("greater-manchester");
		tameside(model).setName("Bolton");
		Path folder = temp.resolve("two-boltons");

		new LeadersPack(PackPlan.of(model, AS_OF, tameside(model), List.of()), new GeneratedDiagrams()).write(folder);

		Path systems = folder.resolve(PackPlan.DIAGRAMS).resolve("systems.svg");
		assertTrue(Files.isRegularFile(systems), "the renamed Tameside still has its systems diagram");
		String svg = Files.readString(systems);
		assertTrue(svg.contains("Tameside and Glossop integrated commissioning"), "Tameside's own partnership");
		assertFalse(svg.contains("Bolton Integrated Care Partnership"), "not the other Bolton's partnership");
	}

	@Test
	void aRootFromAnotherModelIsRefused() throws Exception {
		Footprint elsewhere = tameside(load("greater-manchester"));
		PlacewiseModel model = load("greater-manchester");

		var refused = assertThrows(IllegalArgumentException.class,
				() -> PackPlan.of(model, AS_OF, elsewhere, List.of()));
		assertEquals("The footprint 'Tameside' is not in model 'Greater Manchester: Wigan, Bolton and Tameside'.",
				refused.getMessage());
	}
}
