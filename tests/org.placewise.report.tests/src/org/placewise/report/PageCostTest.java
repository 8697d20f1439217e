package org.placewise.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.checks.CheckCatalogue;
import org.placewise.checks.CheckProfile;
import org.placewise.checks.Checker;
import org.placewise.generator.EnglandModelGenerator;
import org.placewise.generator.Scale;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.outcomes.OutcomesFactory;
import org.placewise.model.outcomes.WorkProgramme;

/**
 * Issue 19, defect 14: a pack of a model eight times England ran out of memory. A page costs what it shows: a
 * programme's page is the same bytes whether the model has a few programmes or hundreds more, and only the index that
 * lists the programmes grows with them.
 */
class PageCostTest {

	private static final LocalDate AS_OF = EnglandModelGenerator.REFERENCE_DATE;

	@TempDir
	Path temp;

	private Path write(PlacewiseModel model, String name) throws IOException {
		Path folder = temp.resolve(name);
		var findings = new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, AS_OF).check(model);
		List<Path> written = new LeadersPack(PackPlan.of(model, AS_OF, null, findings), PackDiagrams.NONE)
				.write(folder);
		assertEquals(written.size(), written.stream().distinct().count(), "each file written once");
		return folder;
	}

	@Test
	void aProgrammesPageDoesNotGrowWithTheOtherProgrammes() throws Exception {
		PlacewiseModel model = EnglandModelGenerator.of(Scale.PLACE, 1).generate().model();
		WorkProgramme first = model.getProgrammes().get(0);
		Path before = write(model, "before");
		String firstPage = pageOf(model, first);
		for (int i = 0; i < 300; i++) {
			WorkProgramme other = OutcomesFactory.eINSTANCE.createWorkProgramme();
			other.setName("Another programme " + i);
			model.getProgrammes().add(other);
		}
		Path after = write(model, "after");

		assertEquals(Files.readString(before.resolve(firstPage)), Files.readString(after.resolve(firstPage)),
				"the page of a programme is the same with 300 more programmes in the model");
		assertNotEquals(Files.size(before.resolve(PackPlan.PROGRAMMES)), Files.size(after.resolve(PackPlan.PROGRAMMES)),
				"the index lists every programme: it grows");
	}

	/**
	 * What the pack has made when it writes a programme's page must not grow with the other programmes: each file is
	 * written as soon as it is made. Counted, not timed: the bytes this thread allocated until the first programme's
	 * page could not be written (a folder stands where it goes), with 100 and with 3,000 programmes, against what the
	 * 2,900 added programmes cost in a whole pack. Before the fix the pack made every page and chart before writing
	 * any, so by then it had made (and held) the added programmes' pages too, and a model eight times England ran out
	 * of memory.
	 */
	@Test
	void whatThePackHasMadeWhenItWritesAProgrammesPageDoesNotGrowWithTheOtherProgrammes() throws Exception {
		PlacewiseModel model = EnglandModelGenerator.of(Scale.PLACE, 1).generate().model();
		String firstPage = pageOf(model, model.getProgrammes().get(0));
		addProgrammes(model, Math.max(0, 100 - model.getProgrammes().size()));
		allocatedWriting(model, "warm-up", null);
		long wholeFew = allocatedWriting(model, "few", null);
		long beforeFew = allocatedWriting(model, "few-blocked", firstPage);
		addProgrammes(model, 2_900);
		long wholeMany = allocatedWriting(model, "many", null);
		long beforeMany = allocatedWriting(model, "many-blocked", firstPage);

		long pagesAdded = wholeMany - wholeFew;
		long madeBeforeAdded = beforeMany - beforeFew;
		System.out.printf(java.util.Locale.ROOT, "PageCostTest: bytes allocated for the whole pack with 100 and 3,000"
				+ " programmes %,d and %,d; until the first programme page %,d and %,d%n", wholeFew, wholeMany,
				beforeFew, beforeMany);
		assertTrue(pagesAdded > 0, "2,900 more programme pages cost something: " + pagesAdded + " bytes");
		// Only the index listing the programmes grows before the first programme's page (17% when measured; 72%
		// before).
		assertTrue(madeBeforeAdded < pagesAdded * 2 / 5, String.format(java.util.Locale.ROOT, "with 2,900 more"
				+ " programmes the pack made %,d more bytes before writing the first programme's page, of the %,d"
				+ " their pages cost (%.0f%%)", madeBeforeAdded, pagesAdded, 100.0 * madeBeforeAdded / pagesAdded));
	}

	/**
	 * A footprint's page lists the boards and programmes of that footprint; it must not go through every board (and
	 * everything inside each) and every programme of the model to find them. Counted, not timed: the bytes allocated
	 * writing the pack as footprints, each with a board, are added 300 at a time; each 300 must cost about what the 300
	 * before cost. Going through every board for each footprint page made the pack of a model eight times England
	 * (27,336 footprints, 5,528 boards) quadratic.
	 */
	@Test
	void eachFootprintPageCostsWhatItShowsNotEveryBoardOfTheModel() throws Exception {
		PlacewiseModel model = EnglandModelGenerator.of(Scale.PLACE, 1).generate().model();
		addFootprintsWithABoard(model, 300);
		allocatedWriting(model, "warm-up", null);
		long[] allocated = new long[3];
		for (int step = 0; step < allocated.length; step++) {
			if (step > 0) {
				addFootprintsWithABoard(model, 300);
			}
			allocated[step] = allocatedWriting(model, "footprints" + step, null);
		}
		long first = allocated[1] - allocated[0];
		long second = allocated[2] - allocated[1];
		System.out.printf(java.util.Locale.ROOT, "PageCostTest: bytes allocated for 300, 600 and 900 more footprints"
				+ " with a board: %,d %,d %,d%n", allocated[0], allocated[1], allocated[2]);
		assertTrue(first > 0, "footprint pages cost something: " + first);
		assertTrue(second < first * 13 / 10, String.format(java.util.Locale.ROOT, "300 more footprints cost %,d bytes"
				+ " from 300 to 600 and %,d from 600 to 900 (%.2f×)", first, second, (double) second / first));
	}

	private static void addFootprintsWithABoard(PlacewiseModel model, int count) {
		int start = model.getFootprints().size();
		for (int i = 0; i < count; i++) {
			org.placewise.model.footprint.Footprint footprint = org.placewise.model.footprint.FootprintFactory.eINSTANCE
					.createFootprint();
			footprint.setName("Added footprint " + (start + i));
			model.getFootprints().add(footprint);
			org.placewise.model.governance.Board board = org.placewise.model.governance.GovernanceFactory.eINSTANCE
					.createBoard();
			board.setName("Board of added footprint " + (start + i));
			board.setFootprint(footprint);
			model.getBoards().add(board);
		}
	}

	private static void addProgrammes(PlacewiseModel model, int count) {
		int start = model.getProgrammes().size();
		for (int i = 0; i < count; i++) {
			WorkProgramme other = OutcomesFactory.eINSTANCE.createWorkProgramme();
			other.setName("Added programme " + (start + i));
			model.getProgrammes().add(other);
		}
	}

	/**
	 * @param blocked a page of the pack that cannot be written (a folder is put where it goes), or {@code null}
	 * @return the bytes this thread allocated writing the pack of {@code model} (no findings; planned beforehand),
	 *         until the blocked page failed to be written if there is one
	 */
	private long allocatedWriting(PlacewiseModel model, String name, String blocked) throws IOException {
		LeadersPack pack = new LeadersPack(PackPlan.of(model, AS_OF, null, List.of()), PackDiagrams.NONE);
		Path folder = temp.resolve(name);
		if (blocked != null) {
			Files.createDirectories(folder.resolve(blocked));
		}
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory
				.getThreadMXBean();
		long thread = Thread.currentThread().threadId();
		long before = threads.getThreadAllocatedBytes(thread);
		try {
			pack.write(folder);
			assertEquals(null, blocked, "the blocked page was written");
		} catch (IOException expected) {
			if (blocked == null) {
				throw expected;
			}
		}
		return threads.getThreadAllocatedBytes(thread) - before;
	}

	private static String pageOf(PlacewiseModel model, WorkProgramme programme) {
		return PackPlan.of(model, AS_OF, null, List.of()).pages().stream().filter(p -> p.subject() == programme)
				.findFirst().orElseThrow().file();
	}
}
