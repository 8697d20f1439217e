package org.placewise.checks.format;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.placewise.checks.Finding;
import org.placewise.checks.ObjectPaths;
import org.placewise.checks.Severity;

import com.google.gson.stream.JsonWriter;

/**
 * Findings as JSON for scripts and dashboards:
 *
 * <pre>
 * { "asOf": "2026-11-26",
 *   "summary": { "errors": 1, "warnings": 4, "infos": 2 },
 *   "models": [ { "file": "...", "uri": "file:/...",
 *                 "findings": [ { "ruleId", "category", "severity", "message",
 *                                 "object": { "id", "type", "path" }, "related": [ { "id", "type", "path" } ] } ] } ] }
 * </pre>
 */
public final class JsonFindings {

	private JsonFindings() {
	}

	/** Writes the findings of the given models as one JSON document. */
	public static void write(List<ModelFindings> models, LocalDate asOf, Writer out) throws IOException {
		JsonWriter json = new JsonWriter(out);
		json.setIndent("  ");
		json.beginObject();
		json.name("asOf").value(asOf.toString());
		json.name("summary").beginObject();
		json.name("errors").value(ModelFindings.count(models, Severity.ERROR));
		json.name("warnings").value(ModelFindings.count(models, Severity.WARNING));
		json.name("infos").value(ModelFindings.count(models, Severity.INFO));
		json.endObject();
		json.name("models").beginArray();
		for (ModelFindings model : models) {
			json.beginObject();
			json.name("file").value(model.file());
			json.name("uri").value(model.uri());
			json.name("findings").beginArray();
			for (Finding finding : model.findings()) {
				json.beginObject();
				json.name("ruleId").value(finding.ruleId());
				json.name("category").value(finding.rule().category().label());
				json.name("severity").value(finding.severity().label());
				json.name("message").value(finding.message());
				json.name("object");
				object(json, finding.target());
				json.name("related").beginArray();
				for (EObject related : finding.related()) {
					object(json, related);
				}
				json.endArray();
				json.endObject();
			}
			json.endArray();
			json.endObject();
		}
		json.endArray();
		json.endObject();
		json.flush();
		out.write(System.lineSeparator());
		out.flush();
	}

	private static void object(JsonWriter json, EObject object) throws IOException {
		json.beginObject();
		json.name("id").value(ObjectPaths.id(object));
		json.name("type").value(object.eClass().getName());
		json.name("path").value(ObjectPaths.path(object));
		json.endObject();
	}
}
