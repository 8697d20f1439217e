package org.placewise.cli.internal.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.placewise.checks.CheckCatalogue;
import org.placewise.checks.CheckProfile;
import org.placewise.checks.Checker;
import org.placewise.checks.Finding;
import org.placewise.cli.internal.ExitCode;
import org.placewise.cli.internal.PlacewiseCommandLine;
import org.placewise.generator.EnglandModelGenerator;
import org.placewise.generator.Scale;
import org.placewise.model.core.Identified;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.resource.PlacewiseResourceFactory;
import org.placewise.store.ModelFiles;
import org.placewise.store.ModelMigration;

/**
 * Every file written by the previous version of Placewise (file format version 1: the samples as they were on main
 * before this version, kept in {@code version1/}, and a generated place model) opens, is migrated, and checks the same
 * as the unmigrated file except for the rules whose result the migration changes on purpose.
 */
class VersionOneFilesTest {

	/** Tests run with the test bundle as working directory. */
	private static final Path VERSION_1 = Path.of("version1");
	private static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

	/**
	 * The rules whose findings the migration changes on purpose: CCGs are recorded as abolished (so a CCG still listed
	 * as a partner is reported), and neighbourhoods beside localities are no longer added to them.
	 */
	private static final Set<String> CHANGED_ON_PURPOSE = Set.of("partnership.abolished-partner",
			"footprint.children-outpopulate-parent");

	@TempDir
	Path temp;

	static Stream<Path> versionOneSamples() throws IOException {
		return Files.list(VERSION_1).filter(p -> p.toString().endsWith(".placewise")).sorted();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("versionOneSamples")
	void aVersionOneSampleOpensMigratedAndChecksTheSame(Path file) throws Exception {
		assertFalse(Files.readString(file).contains("formatVersion"), "a version 1 file says no version");

		PlacewiseModel migrated = new ModelFiles().load(file);

		assertEquals(1, ModelMigration.of(migrated).orElseThrow().fromVersion());
		assertEquals(2, migrated.getFormatVersion());
		assertEquals(findings(unmigrated(file)), findings(migrated));
	}

	@Test
	void greaterManchesterCcgsBecomeAbolishedPartnersTheChecksReport() throws Exception {
		PlacewiseModel migrated = new ModelFiles().load(VERSION_1.resolve("greater-manchester.placewise"));

		List<String> abolished = new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, AS_OF)
				.check(migrated.eResource()).stream().filter(f -> f.ruleId().equals("partnership.abolished-partner"))
				.map(Finding::message).sorted().toList();

		assertEquals(List.of(
				"Partnership 'Bolton Integrated Care Partnership' lists 'Bolton CCG' as a partner, but it was abolished"
						+ " on 1 Jul 2022",
				"Partnership 'Tameside and Glossop integrated commissioning' lists 'Tameside and Glossop Clinical"
						+ " Commissioning Group' as a partner, but it was abolished on 1 Jul 2022",
				"Partnership 'Wigan place partnership' lists 'Wigan CCG' as a partner, but it was abolished on"
						+ " 1 Jul 2022"),
				abolished);
		assertTrue(ModelMigration.of(migrated).orElseThrow().message("greater-manchester.placewise")
				.contains("3 clinical commissioning groups ('Wigan CCG', 'Bolton CCG', 'Tameside and Glossop Clinical"
						+ " Commissioning Group') recorded as abolished on 1 July 2022"));
	}

	@Test
	void bradfordCommunityPartnershipsAreMarkedAsOverlappingItsLocalities() throws Exception {
		ModelMigration.Result migration = ModelMigration
				.of(new ModelFiles().load(VERSION_1.resolve("bradford-district-and-craven.placewise"))).orElseThrow();

		assertTrue(migration.changes().stream().anyMatch(c -> c.startsWith("13 neighbourhoods ('Community"
				+ " partnership 1', 'Community partnership 2', 'Community partnership 3', 'Community partnership 4'"
				+ " and 9 more) nested beside localities")), migration.changes().toString());
	}

	@Test
	void aGeneratedPlaceModelWrittenByVersionOneOpensMigratedAndChecksTheSame() throws Exception {
		// The generator is unchanged by version 2: its model saved without a version is what version 1 wrote.
		Path file = temp.resolve("place.placewise");
		new ModelFiles().save(new EnglandModelGenerator(Scale.PLACE, 1, 0.05).generate().model(), file);
		String text = Files.readString(file, StandardCharsets.UTF_8);
		Files.writeString(file, text.replace(" formatVersion=\"2\"", ""), StandardCharsets.UTF_8);

		PlacewiseModel migrated = new ModelFiles().load(file);

		assertTrue(ModelMigration.of(migrated).isPresent());
		assertEquals(findings(unmigrated(file)), findings(migrated));
	}

	@Test
	void checkTellsTheUserTheFileWasMigrated() {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		String file = VERSION_1.resolve("greater-manchester.placewise").toString();

		int exit = new PlacewiseCommandLine(new PrintWriter(out), new PrintWriter(err), temp.resolve("cli.log"))
				.run("check", "--as-of=2026-11-26", file);

		assertTrue(exit == ExitCode.OK || exit == ExitCode.FINDINGS);
		assertTrue(err.toString().startsWith("Note: " + file + " was written by an earlier version of Placewise"
				+ " (file format version 1) and has been brought up to version 2. The file itself is unchanged until"
				+ " you save."), err.toString());
	}

	/** Reads a file as it is, without migrating it. */
	private static PlacewiseModel unmigrated(Path file) throws IOException {
		Resource resource = PlacewiseResourceFactory.register(new ResourceSetImpl())
				.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		resource.load(null);
		return (PlacewiseModel) resource.getContents().get(0);
	}

	/** Findings as comparable text, leaving out the rules the migration changes on purpose. */
	private static Set<String> findings(PlacewiseModel model) {
		return new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, AS_OF).check(model.eResource()).stream()
				.filter(f -> !CHANGED_ON_PURPOSE.contains(f.ruleId()))
				.map(f -> f.ruleId() + " " + ((Identified) f.target()).getId() + " " + f.message())
				.collect(Collectors.toSet());
	}
}
