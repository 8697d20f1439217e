package org.placewise.report;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.placewise.checks.Finding;

import com.google.gson.JsonParseException;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

/**
 * The findings a pack reported, as the small machine-readable file {@value #FILE} the pack writes beside its pages, so
 * the next pack can say what changed since ({@code placewise report --since
 * PREVIOUS_PACK_DIR}). A finding is known across packs by its rule id and the stable id of the object it is about
 * ({@link Entry#key()}); message and path are kept so a resolved finding can still be described when its object is
 * gone.
 *
 * <pre>
 * { "asOf": "2025-06-30",
 *   "findings": [ { "ruleId", "objectId", "severity", "message", "path" } ] }
 * </pre>
 *
 * @param asOf     the date the pack was as of
 * @param findings the findings it reported, in the pack's order
 */
public record FindingsRecord(LocalDate asOf, List<Entry> findings) {

	/** The file name of the record in a pack's folder. */
	public static final String FILE = "findings.json";

	/**
	 * One finding as a pack recorded it.
	 *
	 * @param ruleId   the rule's stable id
	 * @param objectId the stable id of the object it is about, or {@code null} when it has none
	 * @param severity the severity's label ({@code error}, {@code warning}, {@code info})
	 * @param message  the message
	 * @param path     the readable path to the object
	 */
	public record Entry(String ruleId, String objectId, String severity, String message, String path) {

		public Entry {
			Objects.requireNonNull(ruleId, "ruleId");
			Objects.requireNonNull(severity, "severity");
			Objects.requireNonNull(message, "message");
			Objects.requireNonNull(path, "path");
		}

		/** What identifies the finding from one pack to the next: rule id and object id (path without an id). */
		public String key() {
			return ruleId + " " + (objectId == null ? "path:" + path : objectId);
		}
	}

	public FindingsRecord {
		Objects.requireNonNull(asOf, "asOf");
		findings = List.copyOf(findings);
	}

	/** The record of the given findings. */
	public static FindingsRecord of(LocalDate asOf, List<Finding> findings) {
		return new FindingsRecord(asOf, findings.stream().map(FindingsRecord::entry).toList());
	}

	/** The entry a finding is recorded as. */
	static Entry entry(Finding finding) {
		return new Entry(finding.ruleId(), finding.objectId(), finding.severity().label(), finding.message(),
				finding.objectPath());
	}

	/**
	 * Reads the record an earlier pack wrote.
	 *
	 * @param packFolder the earlier pack's folder
	 * @return its findings
	 * @throws IOException with a message a user understands when the folder holds no readable record
	 */
	public static FindingsRecord read(Path packFolder) throws IOException {
		Path file = packFolder.resolve(FILE);
		if (!Files.isRegularFile(file)) {
			throw new IOException("there is no " + FILE + " in " + packFolder
					+ " (it is written by placewise report into every pack)");
		}
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return read(new JsonReader(in));
		} catch (JsonParseException | IllegalStateException | DateTimeParseException | NullPointerException e) {
			throw new IOException(file + " is not a findings file a pack wrote: " + e.getMessage(), e);
		}
	}

	private static FindingsRecord read(JsonReader json) throws IOException {
		LocalDate asOf = null;
		List<Entry> entries = new ArrayList<>();
		json.beginObject();
		while (json.hasNext()) {
			switch (json.nextName()) {
			case "asOf" -> asOf = LocalDate.parse(json.nextString());
			case "findings" -> {
				json.beginArray();
				while (json.hasNext()) {
					entries.add(readEntry(json));
				}
				json.endArray();
			}
			default -> json.skipValue();
			}
		}
		json.endObject();
		return new FindingsRecord(asOf, entries);
	}

	private static Entry readEntry(JsonReader json) throws IOException {
		String ruleId = null, objectId = null, severity = null, message = null, path = null;
		json.beginObject();
		while (json.hasNext()) {
			String name = json.nextName();
			if (json.peek() == com.google.gson.stream.JsonToken.NULL) {
				json.nextNull();
				continue;
			}
			switch (name) {
			case "ruleId" -> ruleId = json.nextString();
			case "objectId" -> objectId = json.nextString();
			case "severity" -> severity = json.nextString();
			case "message" -> message = json.nextString();
			case "path" -> path = json.nextString();
			default -> json.skipValue();
			}
		}
		json.endObject();
		return new Entry(ruleId, objectId, severity, message, path);
	}

	/** @return the record as the JSON text of {@value #FILE}, ending with a line break */
	public String toJson() {
		try {
			StringWriter text = new StringWriter();
			write(text);
			return text.toString();
		} catch (IOException e) {
			throw new IllegalStateException("writing to a string cannot fail", e);
		}
	}

	private void write(Writer out) throws IOException {
		JsonWriter json = new JsonWriter(out);
		json.setIndent("  ");
		json.beginObject();
		json.name("asOf").value(asOf.toString());
		json.name("findings").beginArray();
		for (Entry entry : findings) {
			json.beginObject();
			json.name("ruleId").value(entry.ruleId());
			json.name("objectId").value(entry.objectId());
			json.name("severity").value(entry.severity());
			json.name("message").value(entry.message());
			json.name("path").value(entry.path());
			json.endObject();
		}
		json.endArray();
		json.endObject();
		json.flush();
		out.write("\n");
	}
}
