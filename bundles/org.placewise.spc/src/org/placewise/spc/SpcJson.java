package org.placewise.spc;

import java.util.ArrayDeque;
import java.util.List;

/**
 * Renders an {@link SpcResult} as a JSON object for tools. Numbers are written in full precision,
 * missing values as {@code null}, and enum constants by name.
 */
public final class SpcJson {

	private SpcJson() {
	}

	/** Renders a result without a measure name. */
	public static String toJson(SpcResult result) {
		return toJson(null, result);
	}

	/**
	 * Renders a result.
	 *
	 * @param measure the measure's name, written as {@code "measure"}; omitted when {@code null}
	 * @param result  the analysis
	 * @return one JSON object, pretty-printed with two-space indents
	 */
	public static String toJson(String measure, SpcResult result) {
		JsonWriter json = new JsonWriter();
		json.beginObject();
		if (measure != null) {
			json.name("measure").string(measure);
		}
		SpcOptions options = result.options();
		json.name("chartKind").string(result.chartKind().name());
		json.name("direction").string(options.direction().name());
		json.name("target");
		if (options.target().isPresent()) {
			json.number(options.target().getAsDouble());
		} else {
			json.nullValue();
		}
		json.name("shiftLength").integer(options.shiftLength());
		json.name("trendLength").integer(options.trendLength());
		json.name("movingRangeScreening").bool(options.screenMovingRanges());
		json.name("variation").string(result.latestVariation().name());
		json.name("assurance").string(result.assurance().name());
		json.name("partitions").beginArray();
		for (Partition partition : result.partitions()) {
			json.beginObject();
			json.name("number").integer(partition.number());
			json.name("firstPoint").integer(partition.firstPoint());
			json.name("lastPoint").integer(partition.lastPoint());
			json.name("baselinePoints").integer(partition.baselinePoints());
			json.name("mean").number(partition.mean());
			if (partition.limits().isPresent()) {
				ProcessLimits limits = partition.limits().get();
				json.name("meanMovingRange").number(limits.meanMovingRange());
				json.name("upperProcessLimit").number(limits.upperProcessLimit());
				json.name("lowerProcessLimit").number(limits.lowerProcessLimit());
				json.name("upperTwoSigma").number(limits.upperTwoSigma());
				json.name("lowerTwoSigma").number(limits.lowerTwoSigma());
			} else {
				for (String name : List.of("meanMovingRange", "upperProcessLimit", "lowerProcessLimit", "upperTwoSigma",
						"lowerTwoSigma")) {
					json.name(name).nullValue();
				}
			}
			json.name("movingRangesExcluded").integer(partition.movingRangesExcluded());
			json.endObject();
		}
		json.endArray();
		json.name("points").beginArray();
		for (SpcPoint point : result.points()) {
			json.beginObject();
			json.name("position").integer(point.position());
			json.name("inputIndex").integer(point.inputIndex());
			json.name("date");
			if (point.date() != null) {
				json.string(point.date().toString());
			} else {
				json.nullValue();
			}
			json.name("value").number(point.value());
			json.name("partition").integer(point.partition());
			json.name("movingRange");
			if (point.movingRange().isPresent()) {
				json.number(point.movingRange().getAsDouble());
			} else {
				json.nullValue();
			}
			json.name("variation").string(point.variation().name());
			json.name("winningRule");
			if (point.winningCause().isPresent()) {
				json.beginObject();
				json.name("rule").string(point.winningCause().get().rule().name());
				json.name("side").string(point.winningCause().get().side().name());
				json.endObject();
			} else {
				json.nullValue();
			}
			json.name("specialCauses").beginArray();
			for (SpecialCause cause : point.specialCauses()) {
				json.beginObject();
				json.name("rule").string(cause.rule().name());
				json.name("side").string(cause.side().name());
				json.endObject();
			}
			json.endArray();
			json.endObject();
		}
		json.endArray();
		json.name("notes").beginArray();
		for (String note : result.notes()) {
			json.string(note);
		}
		json.endArray();
		json.endObject();
		return json.toString();
	}

	/** Quotes a string as a JSON string literal, escaping quotes, backslashes and control characters. */
	public static String quote(String text) {
		StringBuilder out = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				case '\b' -> out.append("\\b");
				case '\f' -> out.append("\\f");
				default -> {
					// U+2028/2029 are legal JSON but break JavaScript that embeds the output.
					if (c < 0x20 || c == '\u2028' || c == '\u2029') {
						out.append(String.format("\\u%04x", (int) c));
					} else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

	/** A tiny streaming writer that keeps commas and indentation right. */
	private static final class JsonWriter {
		private final StringBuilder out = new StringBuilder();
		private int depth;
		/** Whether the current container already holds a value (so the next needs a comma). */
		private final ArrayDeque<boolean[]> containers = new ArrayDeque<>();
		private boolean afterName;

		JsonWriter beginObject() {
			return open('{');
		}

		JsonWriter endObject() {
			return close('}');
		}

		JsonWriter beginArray() {
			return open('[');
		}

		JsonWriter endArray() {
			return close(']');
		}

		JsonWriter name(String name) {
			separate();
			out.append(quote(name)).append(": ");
			afterName = true;
			return this;
		}

		JsonWriter string(String value) {
			return raw(quote(value));
		}

		JsonWriter number(double value) {
			if (!Double.isFinite(value)) {
				return nullValue();
			}
			if (value == Math.rint(value) && Math.abs(value) < 1e15) {
				return raw(Long.toString((long) value));
			}
			return raw(Double.toString(value));
		}

		JsonWriter integer(long value) {
			return raw(Long.toString(value));
		}

		JsonWriter bool(boolean value) {
			return raw(Boolean.toString(value));
		}

		JsonWriter nullValue() {
			return raw("null");
		}

		private JsonWriter raw(String text) {
			separate();
			out.append(text);
			return this;
		}

		private JsonWriter open(char bracket) {
			separate();
			out.append(bracket);
			containers.push(new boolean[] {false});
			depth++;
			return this;
		}

		private JsonWriter close(char bracket) {
			boolean empty = !containers.pop()[0];
			depth--;
			if (!empty) {
				newline();
			}
			out.append(bracket);
			return this;
		}

		/** Writes the comma and line break before a value, unless it follows its name. */
		private void separate() {
			if (afterName) {
				afterName = false;
				return;
			}
			if (containers.isEmpty()) {
				return;
			}
			boolean[] hasValue = containers.peek();
			if (hasValue[0]) {
				out.append(',');
			}
			hasValue[0] = true;
			newline();
		}

		private void newline() {
			out.append('\n').append("  ".repeat(depth));
		}

		@Override
		public String toString() {
			return out.toString();
		}
	}
}
