package org.placewise.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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

	private static String pageOf(PlacewiseModel model, WorkProgramme programme) {
		return PackPlan.of(model, AS_OF, null, List.of()).pages().stream().filter(p -> p.subject() == programme)
				.findFirst().orElseThrow().file();
	}
}
