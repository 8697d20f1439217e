package org.placewise.checks.format;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.placewise.checks.CheckCatalogue;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Finding;
import org.placewise.checks.ObjectPaths;
import org.placewise.checks.QuickFix;
import org.placewise.checks.RuleParameter;

import com.google.gson.stream.JsonWriter;

/**
 * Findings as SARIF 2.1.0 (Static Analysis Results Interchange Format), which code-scanning tools and CI servers read:
 * one run whose driver lists every rule of the catalogue (id, short and full description, help text, default level),
 * and one result per finding, located in the model file (artifact location) and at the object (logical location: its
 * path as fully qualified name, its id as a property).
 */
public final class SarifFindings {
	/** The schema the output conforms to. */
	public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
	/** The SARIF version written. */
	public static final String VERSION = "2.1.0";
	/** Where the catalogue reference lives, for the driver's information URI. */
	private static final String INFORMATION_URI = "https://github.com/placewise/placewise/blob/main/docs/checks.md";

	private SarifFindings() {
	}

	/**
	 * Writes one SARIF log.
	 *
	 * @param catalogue   the rules, all listed in the driver
	 * @param toolVersion the Placewise version
	 */
	public static void write(List<ModelFindings> models, CheckCatalogue catalogue, String toolVersion, LocalDate asOf,
			Writer out) throws IOException {
		List<CheckRule<?>> rules = catalogue.rules();
		Map<String, Integer> ruleIndex = new HashMap<>();
		for (int i = 0; i < rules.size(); i++) {
			ruleIndex.put(rules.get(i).id(), i);
		}
		JsonWriter json = new JsonWriter(out);
		json.setIndent("  ");
		json.beginObject();
		json.name("$schema").value(SCHEMA);
		json.name("version").value(VERSION);
		json.name("runs").beginArray().beginObject();
		json.name("tool").beginObject().name("driver").beginObject();
		json.name("name").value("Placewise");
		json.name("version").value(toolVersion);
		json.name("informationUri").value(INFORMATION_URI);
		json.name("rules").beginArray();
		for (CheckRule<?> rule : rules) {
			writeRule(json, rule);
		}
		json.endArray();
		json.endObject().endObject();
		json.name("artifacts").beginArray();
		for (ModelFindings model : models) {
			json.beginObject().name("location").beginObject().name("uri").value(model.uri()).endObject();
			json.name("mimeType").value("application/xml").endObject();
		}
		json.endArray();
		json.name("results").beginArray();
		for (int artifact = 0; artifact < models.size(); artifact++) {
			ModelFindings model = models.get(artifact);
			for (Finding finding : model.findings()) {
				writeResult(json, finding, ruleIndex.getOrDefault(finding.ruleId(), -1), model.uri(), artifact);
			}
		}
		json.endArray();
		json.name("properties").beginObject().name("asOf").value(asOf.toString()).endObject();
		json.endObject().endArray();
		json.endObject();
		json.flush();
		out.write(System.lineSeparator());
		out.flush();
	}

	private static void writeRule(JsonWriter json, CheckRule<?> rule) throws IOException {
		json.beginObject();
		json.name("id").value(rule.id());
		json.name("name").value(camelCase(rule.id()));
		json.name("shortDescription").beginObject().name("text").value(rule.title()).endObject();
		json.name("fullDescription").beginObject().name("text").value(rule.explanation()).endObject();
		json.name("help").beginObject().name("text").value(help(rule)).endObject();
		json.name("helpUri").value(INFORMATION_URI + "#" + rule.id().replace(".", ""));
		json.name("defaultConfiguration").beginObject().name("level").value(rule.defaultSeverity().sarifLevel())
				.endObject();
		json.name("properties").beginObject();
		json.name("category").value(rule.category().label());
		json.name("targetType").value(rule.targetType().getName());
		json.endObject();
		json.endObject();
	}

	/** Help text: the explanation, what a profile can change, and the quick fix if there is one. */
	static String help(CheckRule<?> rule) {
		StringBuilder help = new StringBuilder(rule.title()).append(". ").append(rule.explanation());
		for (RuleParameter parameter : rule.parameters()) {
			help.append(" Parameter ").append(rule.id()).append('.').append(parameter.name()).append(" (default ")
					.append(parameter.defaultValue()).append("): ").append(parameter.description()).append('.');
		}
		rule.quickFix().map(QuickFix::label).ifPresent(label -> help.append(" Quick fix: ").append(label).append('.'));
		return help.toString();
	}

	private static void writeResult(JsonWriter json, Finding finding, int ruleIndex, String uri, int artifact)
			throws IOException {
		json.beginObject();
		json.name("ruleId").value(finding.ruleId());
		if (ruleIndex >= 0) {
			json.name("ruleIndex").value(ruleIndex);
		}
		json.name("level").value(finding.severity().sarifLevel());
		json.name("message").beginObject().name("text").value(finding.message()).endObject();
		json.name("locations").beginArray().beginObject();
		json.name("physicalLocation").beginObject().name("artifactLocation").beginObject();
		json.name("uri").value(uri).name("index").value(artifact);
		json.endObject().endObject();
		json.name("logicalLocations").beginArray().beginObject();
		json.name("name").value(ObjectPaths.name(finding.target()));
		json.name("fullyQualifiedName").value(finding.objectPath());
		json.name("kind").value("object");
		json.name("properties").beginObject();
		json.name("id").value(finding.objectId());
		json.name("type").value(finding.target().eClass().getName());
		json.endObject();
		json.endObject().endArray();
		json.endObject().endArray();
		if (finding.objectId() != null) {
			json.name("partialFingerprints").beginObject();
			json.name("placewiseObject/v1").value(finding.ruleId() + "|" + finding.objectId());
			json.endObject();
		}
		json.endObject();
	}

	private static String camelCase(String id) {
		StringBuilder name = new StringBuilder();
		boolean upper = true;
		for (char c : id.toCharArray()) {
			if (c == '.' || c == '-') {
				upper = true;
			} else {
				name.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return name.toString();
	}
}
