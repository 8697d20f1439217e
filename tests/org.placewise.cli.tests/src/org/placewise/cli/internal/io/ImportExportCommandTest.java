package org.placewise.cli.internal.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.cli.internal.ExitCode;
import org.placewise.cli.internal.PlacewiseCommandLine;

/** `placewise import` and `placewise export` as a user runs them, on the Mid & South Essex sample. */
class ImportExportCommandTest {

	@TempDir
	Path dir;

	private Path model;
	private StringWriter out;
	private StringWriter err;

	@BeforeEach
	void copySample() throws Exception {
		model = dir.resolve("essex.placewise");
		Files.copy(Path.of("../../samples/mid-and-south-essex-older-adults.placewise"), model);
	}

	private int run(String... args) {
		out = new StringWriter();
		err = new StringWriter();
		return new PlacewiseCommandLine(new PrintWriter(out), new PrintWriter(err), dir.resolve("cli.log")).run(args);
	}

	@Test
	void exportedMeasuresReimportWithoutChangingTheModel() throws Exception {
		Path csv = dir.resolve("measures.csv");
		assertEquals(ExitCode.OK, run("export", "measures", model.toString(), "-o", csv.toString()), err.toString());
		assertTrue(Files.readString(csv).contains("Average number of delay days per community hospital inpatient"));
		byte[] before = Files.readAllBytes(model);

		assertEquals(ExitCode.OK, run("import", "measures", csv.toString(), "--into", model.toString()),
				err.toString());
		assertArrayEquals(before, Files.readAllBytes(model), "re-importing the export changes nothing");
	}

	@Test
	void observationsImportIntoTheModelFile() throws Exception {
		Path csv = dir.resolve("observations.csv");
		Files.writeString(csv, "measure,date,value\nFrailty avoided admissions per week,2025-01-05,41\n"
				+ "Frailty avoided admissions per week,2025-01-12,43\n");

		assertEquals(ExitCode.OK, run("import", "observations", csv.toString(), "--into", model.toString()),
				err.toString());

		assertEquals(ExitCode.OK,
				run("export", "observations", model.toString(), "-o", dir.resolve("o.csv").toString()));
		String exported = Files.readString(dir.resolve("o.csv"));
		assertTrue(exported.contains("2025-01-12"), exported);
	}

	@Test
	void aBadRowIsNamedAndNothingIsImported() throws Exception {
		Path csv = dir.resolve("bad.csv");
		Files.writeString(csv, "measure,date,value\nFrailty avoided admissions per week,2025-01-05,41\n"
				+ "Frailty avoided admissions per week,2025-13-01,ten\n");
		byte[] before = Files.readAllBytes(model);

		assertEquals(ExitCode.BAD_INPUT, run("import", "observations", csv.toString(), "--into", model.toString()));

		assertTrue(err.toString().contains("bad.csv"), err.toString());
		assertTrue(err.toString().contains("row 3") || err.toString().contains("line 3"), err.toString());
		assertFalse(err.toString().contains("Exception"), err.toString());
		assertArrayEquals(before, Files.readAllBytes(model), "nothing imported");
	}

	@Test
	void aMissingFileIsABadInput() {
		assertEquals(ExitCode.BAD_INPUT,
				run("import", "measures", dir.resolve("nope.csv").toString(), "--into", model.toString()));
		assertTrue(err.toString().contains("nope.csv"), err.toString());
	}
}
