package org.placewise.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.placewise.checks.contributed.BoardNameInCapitals;
import org.placewise.checks.internal.ContributedRules;
import org.placewise.checks.rules.board.NoChair;
import org.placewise.outcomes.checks.NeedsSystemChange;
import org.placewise.model.governance.Board;
import org.placewise.model.resource.Identities;

/**
 * The catalogue is read from the extension point org.placewise.checks.rules: Placewise's own plugin.xml, plus whatever
 * other bundles contribute. Each test reads a registry of its own, made of this bundle's real plugin.xml and the
 * contributions in resources/contributions, so the catalogue the other tests see stays Placewise's.
 */
class ContributedRulesTest {
	private static final String PLACEWISE = "org.placewise.checks";
	/** The other Placewise bundle that contributes rules: those reading statistical process control. */
	private static final String OUTCOMES = "org.placewise.outcomes";
	private static final Path CONTRIBUTIONS = Path.of("resources/contributions");

	private final Object token = new Object();
	private final List<IStatus> problems = new ArrayList<>();
	private IExtensionRegistry registry;

	@BeforeEach
	void createRegistry() {
		registry = RegistryFactory.createRegistry(new ContributedRules.ClassLoaderStrategy(getClass().getClassLoader()),
				token, null);
	}

	@AfterEach
	void stopRegistry() {
		registry.stop(token);
	}

	@Test
	void thePlacewiseCatalogueIsThe92RulesOfThePluginXmlsByCategoryThenId() throws IOException {
		List<String> ids = ids(CheckCatalogue.placewise().rules());

		contribute(PLACEWISE, placewisePluginXml());
		contribute(OUTCOMES, outcomesPluginXml());
		assertEquals(ids, ids(ContributedRules.read(registry, problems::add)));
		assertEquals(92, ids.size(), "89 from org.placewise.checks and 3 from org.placewise.outcomes");
		assertEquals("footprint.children-outpopulate-parent", ids.get(0));
		assertEquals("partnership.abolished-partner", ids.get(4));
		assertEquals("outcome.concern-unserved", ids.get(ids.indexOf("outcome.child-due-after-parent") + 1));
		assertEquals("measure.trajectory-misses-target", ids.get(91));
		assertEquals(List.of(), problems);
	}

	@Test
	void theOrderOfTheCatalogueDoesNotDependOnTheOrderOfDeclaration() throws IOException {
		List<String> lines = new ArrayList<>(placewisePluginXml().lines().toList());
		List<Integer> ruleLines = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains("<rule ")) {
				ruleLines.add(i);
			}
		}
		List<String> rules = new ArrayList<>(ruleLines.stream().map(lines::get).toList());
		Collections.reverse(rules);
		for (int i = 0; i < ruleLines.size(); i++) {
			lines.set(ruleLines.get(i), rules.get(i));
		}
		contribute(PLACEWISE, String.join("\n", lines));
		contribute(OUTCOMES, outcomesPluginXml());

		assertEquals(ids(CheckCatalogue.placewise().rules()), ids(ContributedRules.read(registry, problems::add)));
	}

	@Test
	void aRuleContributedByAnotherBundleIsInTheCatalogueAndInTheFindings() throws IOException {
		contribute("com.example.more.checks", contribution("capitals.xml"));
		contribute(PLACEWISE, placewisePluginXml());

		CheckCatalogue catalogue = new CheckCatalogue(ContributedRules.read(registry, problems::add));

		List<String> ids = ids(catalogue.rules());
		assertEquals(90, ids.size());
		assertEquals("board.circular-reporting-line", ids.get(13));
		assertEquals("board.name-in-capitals", ids.get(14), "among the board rules, by id");
		assertEquals("board.no-chair", ids.get(15));
		assertInstanceOf(BoardNameInCapitals.class, catalogue.find("board.name-in-capitals").orElseThrow());
		assertEquals(List.of(), problems);

		Fixture fixture = new Fixture();
		Board shouting = fixture.board("WIGAN LOCALITY BOARD");
		fixture.board("Bolton Locality Board");
		Identities.assignMissing(fixture.model);
		List<Finding> findings = new Checker(catalogue, CheckProfile.DEFAULT, Fixture.AS_OF).check(fixture.model)
				.stream()
				.filter(f -> f.ruleId().equals("board.name-in-capitals")).toList();
		assertEquals(1, findings.size());
		assertEquals(shouting, findings.get(0).target());
		assertEquals("Board 'WIGAN LOCALITY BOARD' is named in capitals", findings.get(0).message());
	}

	@Test
	void brokenContributionsAreLeftOutWithAClearErrorAndTheOtherRulesStillRun() throws IOException {
		contribute("com.example.broken.checks", contribution("broken.xml"));
		contribute(PLACEWISE, placewisePluginXml());

		CheckCatalogue catalogue = new CheckCatalogue(ContributedRules.read(registry, problems::add));

		assertEquals(90, catalogue.rules().size(), "Placewise's 89 and the one good contribution");
		assertInstanceOf(NoChair.class, catalogue.find("board.no-chair").orElseThrow(),
				"Placewise's own rule keeps its id");
		assertEquals(List.of(
				"Check rule org.placewise.checks.contributed.NoSuchRule from bundle com.example.broken.checks is left out: "
						+ "its class cannot be found.",
				"Check rule org.placewise.checks.contributed.AnotherNoChair from bundle com.example.broken.checks is left "
						+ "out: its id 'board.no-chair' is already the id of org.placewise.checks.rules.board.NoChair from "
						+ "bundle org.placewise.checks.",
				"Check rule java.lang.Object from bundle com.example.broken.checks is left out: java.lang.Object does not "
						+ "extend org.placewise.checks.CheckRule.",
				"An element <check> from bundle com.example.broken.checks is left out: org.placewise.checks.rules takes "
						+ "<rule class=\"...\"/> elements only."),
				problems.stream().map(IStatus::getMessage).toList());
		assertTrue(problems.stream().allMatch(p -> p.getSeverity() == IStatus.ERROR));
	}

	@Test
	void ofTwoContributionsWithOneIdTheBundleWhoseNameSortsFirstWins() throws IOException {
		String noChair = "<?xml version=\"1.0\"?><plugin><extension point=\"org.placewise.checks.rules\">"
				+ "<rule class=\"org.placewise.checks.contributed.AnotherNoChair\"/></extension></plugin>";
		declareTheExtensionPointOnly();
		contribute("com.example.b", noChair);
		contribute("com.example.a", contribution("capitals.xml").replace("BoardNameInCapitals", "AnotherNoChair"));

		List<CheckRule<?>> rules = ContributedRules.read(registry, problems::add);

		assertEquals(1, rules.size());
		assertEquals(1, problems.size());
		assertTrue(
				problems.get(0).getMessage().endsWith("from bundle com.example.b is left out: its id 'board.no-chair' "
						+ "is already the id of org.placewise.checks.contributed.AnotherNoChair from bundle com.example.a."),
				problems.get(0).getMessage());
	}

	@Test
	void problemsGoToThePlatformLogOfTheChecksBundle() throws IOException {
		declareTheExtensionPointOnly();
		contribute("com.example.broken.checks", contribution("broken.xml"));
		List<String> logged = Collections.synchronizedList(new ArrayList<>());
		ILogListener listener = (status, plugin) -> logged.add(status.getPlugin() + ": " + status.getMessage());
		Platform.addLogListener(listener);
		try {
			ContributedRules.read(registry);
		} finally {
			Platform.removeLogListener(listener);
		}

		assertEquals(3, logged.size(), logged::toString);
		assertTrue(
				logged.get(0).startsWith(PLACEWISE + ": Check rule org.placewise.checks.contributed.NoSuchRule from "),
				logged::toString);
	}

	@Test
	void withoutOsgiTheCatalogueIsReadFromThePluginXmlFilesOnTheClassPath(@TempDir Path jar) throws IOException {
		Files.writeString(jar.resolve("plugin.xml"), contribution("capitals.xml"));
		Files.createDirectories(jar.resolve("META-INF"));
		Files.writeString(jar.resolve("META-INF/MANIFEST.MF"),
				"Manifest-Version: 1.0\nBundle-SymbolicName: com.example.more.checks;singleton:=true\n");
		Object classPathToken = new Object();
		try (URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() },
				getClass().getClassLoader())) {
			IExtensionRegistry classPath = ContributedRules.classPathRegistry(loader, classPathToken);
			try {
				Set<String> contributors = Arrays
						.stream(classPath.getConfigurationElementsFor(ContributedRules.EXTENSION_POINT))
						.map(e -> e.getContributor().getName()).collect(Collectors.toSet());
				List<String> ids = ids(ContributedRules.read(classPath, problems::add));

				assertEquals(Set.of(PLACEWISE, "com.example.more.checks"), contributors);
				assertEquals(90, ids.size());
				assertTrue(ids.contains("board.name-in-capitals"));
				assertEquals(List.of(), problems);
			} finally {
				classPath.stop(classPathToken);
			}
		}
	}

	@Test
	void theFrameworkNeverNamesTheRulesPackage() throws IOException {
		Path sources = Path.of("../../bundles/org.placewise.checks/src/org/placewise/checks");
		Path rules = sources.resolve("rules");
		List<Path> framework;
		try (var files = Files.walk(sources)) {
			framework = files.filter(f -> f.toString().endsWith(".java") && !f.startsWith(rules)).toList();
		}
		assertTrue(framework.size() > 20, framework::toString);
		for (Path file : framework) {
			assertTrue(!Files.readString(file, StandardCharsets.UTF_8).contains("org.placewise.checks.rules."),
					file + " names the rules package: rules come from the extension point");
		}
	}

	private void declareTheExtensionPointOnly() {
		contribute(PLACEWISE,
				"<?xml version=\"1.0\"?><plugin><extension-point id=\"rules\" name=\"Check rules\"/></plugin>");
	}

	private void contribute(String bundle, String pluginXml) {
		InputStream in = new ByteArrayInputStream(pluginXml.getBytes(StandardCharsets.UTF_8));
		assertTrue(registry.addContribution(in, ContributorFactorySimple.createContributor(bundle), false, bundle, null,
				token), bundle);
	}

	private static String placewisePluginXml() throws IOException {
		try (InputStream in = FrameworkUtil.getBundle(CheckCatalogue.class).getEntry("plugin.xml").openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String outcomesPluginXml() throws IOException {
		try (InputStream in = FrameworkUtil.getBundle(NeedsSystemChange.class).getEntry("plugin.xml").openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String contribution(String file) throws IOException {
		return Files.readString(CONTRIBUTIONS.resolve(file), StandardCharsets.UTF_8);
	}

	private static List<String> ids(List<? extends CheckRule<?>> rules) {
		return rules.stream().map(CheckRule::id).collect(Collectors.toList());
	}
}
