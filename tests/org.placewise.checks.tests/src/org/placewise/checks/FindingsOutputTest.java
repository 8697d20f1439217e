package org.placewise.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.placewise.checks.format.JsonFindings;
import org.placewise.checks.format.ModelFindings;
import org.placewise.checks.format.SarifFindings;
import org.placewise.checks.format.TextFindings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** Text, JSON and SARIF output of the findings of the samples. */
class FindingsOutputTest {
	/** The official OASIS SARIF 2.1.0 schema (errata 01), shipped in the test bundle. */
	private static final Path SARIF_SCHEMA = Path.of("resources/sarif-schema-2.1.0.json");

	private static List<ModelFindings> samples() {
		Checker checker = new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, Fixture.AS_OF);
		return Samples.all().stream().map(file -> ModelFindings.of(file, checker.check(Samples.load(file).eResource())))
				.toList();
	}

	@Test
	void sarifOutputValidatesAgainstTheSarif210Schema() throws IOException {
		StringWriter sarif = new StringWriter();
		SarifFindings.write(samples(), CheckCatalogue.placewise(), "0.1.0", Fixture.AS_OF, sarif);

		JsonSchema schema;
		try (InputStream in = Files.newInputStream(SARIF_SCHEMA)) {
			schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
		}
		Set<ValidationMessage> problems = schema.validate(new ObjectMapper().readTree(sarif.toString()));

		assertEquals(Set.of(), problems);
		// The schema does reject what SARIF does not allow: a level outside none/note/warning/error.
		String broken = sarif.toString().replaceFirst("\"level\": \"error\"", "\"level\": \"fatal\"");
		assertFalse(schema.validate(new ObjectMapper().readTree(broken)).isEmpty());
	}

	@Test
	void sarifNamesEveryRuleAndLocatesEachResultInTheFileAndAtTheObject() throws IOException {
		List<ModelFindings> samples = samples();
		StringWriter sarif = new StringWriter();
		SarifFindings.write(samples, CheckCatalogue.placewise(), "0.1.0", Fixture.AS_OF, sarif);

		JsonNode run = new ObjectMapper().readTree(sarif.toString()).get("runs").get(0);
		JsonNode rules = run.get("tool").get("driver").get("rules");
		assertEquals(CheckCatalogue.placewise().rules().size(), rules.size());
		JsonNode limitRule = rules.findParents("id").stream()
				.filter(r -> r.get("id").asText().equals("delegation.exceeds-delegator-limit"))
				.findFirst().orElseThrow();
		assertEquals("error", limitRule.get("defaultConfiguration").get("level").asText());
		assertTrue(limitRule.get("fullDescription").get("text").asText().contains("King's Fund"));
		assertTrue(limitRule.get("help").get("text").asText().length() > 50);
		JsonNode result = stream(run.get("results"))
				.filter(r -> r.get("ruleId").asText().equals("delegation.exceeds-delegator-limit"))
				.findFirst().orElseThrow();
		assertEquals("error", result.get("level").asText());
		JsonNode location = result.get("locations").get(0);
		assertTrue(location.get("physicalLocation").get("artifactLocation").get("uri").asText()
				.matches("file:/.*/samples/exampleshire-scheme-of-delegation\\.placewise"));
		JsonNode logical = location.get("logicalLocations").get(0);
		assertEquals("Intermediate care pool decisions", logical.get("fullyQualifiedName").asText());
		assertTrue(logical.get("properties").get("id").asText().matches("[0-9a-f-]{36}"));
		long results = samples.stream().mapToLong(m -> m.findings().size()).sum();
		assertEquals(results, run.get("results").size());
	}

	@Test
	void jsonListsEveryFindingWithItsObjectAndASummary() throws IOException {
		List<ModelFindings> samples = samples();
		StringWriter json = new StringWriter();
		JsonFindings.write(samples, Fixture.AS_OF, json);

		JsonNode root = new ObjectMapper().readTree(json.toString());
		assertEquals("2026-11-26", root.get("asOf").asText());
		assertEquals(ModelFindings.count(samples, Severity.ERROR), root.get("summary").get("errors").asLong());
		assertEquals(samples.size(), root.get("models").size());
		JsonNode finding = stream(root.get("models")).flatMap(m -> stream(m.get("findings")))
				.filter(f -> f.get("ruleId").asText().equals("measure.no-baseline")).findFirst().orElseThrow();
		assertEquals("warning", finding.get("severity").asText());
		assertEquals("measure", finding.get("category").asText());
		assertEquals("Measure", finding.get("object").get("type").asText());
	}

	@Test
	void textGroupsBySeverityThenObjectAndEndsWithATotal() {
		List<ModelFindings> samples = samples();
		StringWriter text = new StringWriter();
		TextFindings.write(samples.subList(2, 3), Fixture.AS_OF, new PrintWriter(text));

		String out = text.toString();
		assertTrue(out.indexOf("  Errors") < out.indexOf("  Warnings")
				&& out.indexOf("  Warnings") < out.indexOf("  Notes"), out);
		assertTrue(out
				.contains("    Intermediate care pool decisions\n      [delegation.exceeds-delegator-limit] Delegation "
						+ "'Intermediate care pool decisions' gives £7,500,000"),
				out);
		assertTrue(out.strip().endsWith("Checked 1 model as of 26 Nov 2026: " + Figures(samples.get(2)) + "."), out);
	}

	private static String Figures(ModelFindings model) {
		return org.placewise.checks.rules.Figures.many(model.count(Severity.ERROR), "error") + ", "
				+ org.placewise.checks.rules.Figures.many(model.count(Severity.WARNING), "warning") + ", "
				+ org.placewise.checks.rules.Figures.many(model.count(Severity.INFO), "note");
	}

	private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
		return java.util.stream.StreamSupport.stream(array.spliterator(), false);
	}
}
