package org.placewise.spc;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import com.google.gson.stream.JsonWriter;

/**
 * Renders an {@link SpcResult} as a JSON object for tools, with Gson's streaming writer. Observed values and the target
 * are written as given; the statistics computed from them (mean, median, moving ranges, limits) are rounded to the
 * decimals the text report and charts show them with ({@link Numbers#statisticDecimals}: one more than the data
 * carries, at most 4), so no 0.6857142857142848. Whole numbers have no decimal point, missing values are {@code null},
 * and enum constants are written by name.
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
		StringWriter text = new StringWriter();
		try (JsonWriter writer = new JsonWriter(text)) {
			writer.setIndent("  ");
			writer.setHtmlSafe(false);
			writer.setSerializeNulls(true);
			write(new Json(writer), measure, result);
		} catch (IOException e) {
			throw new UncheckedIOException("Could not write JSON to memory", e);
		}
		return text.toString();
	}

	private static void write(Json json, String measure, SpcResult result) throws IOException {
		json.beginObject();
		if (measure != null) {
			json.name("measure").string(measure);
		}
		SpcOptions options = result.options();
		int decimals = Numbers.statisticDecimals(result);
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
			json.name("mean").number(partition.mean(), decimals);
			json.name("median").number(partition.median(), decimals);
			json.name("centreLine").number(partition.centre(result.chartKind()), decimals);
			if (partition.limits().isPresent()) {
				ProcessLimits limits = partition.limits().get();
				json.name("meanMovingRange").number(limits.meanMovingRange(), decimals);
				json.name("upperProcessLimit").number(limits.upperProcessLimit(), decimals);
				json.name("lowerProcessLimit").number(limits.lowerProcessLimit(), decimals);
				json.name("upperTwoSigma").number(limits.upperTwoSigma(), decimals);
				json.name("lowerTwoSigma").number(limits.lowerTwoSigma(), decimals);
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
				json.number(point.movingRange().getAsDouble(), decimals);
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
	}

	/**
	 * Gson's writer with numbers written as before: a whole number without a decimal point, a value that is not finite
	 * as {@code null}. Calls chain as they read.
	 */
	private record Json(JsonWriter writer) {

		Json beginObject() throws IOException {
			writer.beginObject();
			return this;
		}

		Json endObject() throws IOException {
			writer.endObject();
			return this;
		}

		Json beginArray() throws IOException {
			writer.beginArray();
			return this;
		}

		Json endArray() throws IOException {
			writer.endArray();
			return this;
		}

		Json name(String name) throws IOException {
			writer.name(name);
			return this;
		}

		Json string(String value) throws IOException {
			writer.value(value);
			return this;
		}

		Json number(double value) throws IOException {
			if (!Double.isFinite(value)) {
				return nullValue();
			}
			if (value == Math.rint(value) && Math.abs(value) < 1e15) {
				writer.value((long) value);
			} else {
				writer.value(value);
			}
			return this;
		}

		/** A computed statistic, rounded half up to {@code decimals} places, trailing zeros dropped. */
		Json number(double value, int decimals) throws IOException {
			if (!Double.isFinite(value)) {
				return nullValue();
			}
			BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP)
					.stripTrailingZeros();
			writer.jsonValue(rounded.signum() == 0 ? "0" : rounded.toPlainString());
			return this;
		}

		Json integer(long value) throws IOException {
			writer.value(value);
			return this;
		}

		Json bool(boolean value) throws IOException {
			writer.value(value);
			return this;
		}

		Json nullValue() throws IOException {
			writer.nullValue();
			return this;
		}
	}
}
