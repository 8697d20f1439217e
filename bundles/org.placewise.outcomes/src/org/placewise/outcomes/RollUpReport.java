package org.placewise.outcomes;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.measures.Measure;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.Vision;
import org.placewise.model.outcomes.WorkProgramme;

import com.google.gson.stream.JsonWriter;

/**
 * The outcome roll-up of a whole model as text and as JSON ({@code placewise spc MODEL --outcomes}): the outcome tree
 * of each vision with each outcome's status, the work programmes with theirs, and the reading of every measure behind
 * them, each measure once.
 */
public final class RollUpReport {

	private RollUpReport() {
	}

	/**
	 * @param rollUp the roll-up of a model
	 * @return the measures behind any outcome or programme of the model, each once, in the model's order
	 */
	public static List<Measure> measuresBehindAnything(OutcomeRollUp rollUp) {
		PlacewiseModel model = rollUp.model();
		Set<Measure> behind = new LinkedHashSet<>();
		for (Vision vision : model.getVisions()) {
			for (Outcome outcome : vision.getOutcomes()) {
				behind.addAll(OutcomeRollUp.measuresBehind(outcome));
			}
		}
		for (WorkProgramme programme : model.getProgrammes()) {
			behind.addAll(programme.getMeasures());
		}
		return model.getMeasures().stream().filter(behind::contains).toList();
	}

	/**
	 * The roll-up as indented text: the outcome tree, the work programmes, then the measures behind them.
	 *
	 * @param rollUp the roll-up of a model
	 * @return the text, ending with a line break
	 */
	public static String text(OutcomeRollUp rollUp) {
		PlacewiseModel model = rollUp.model();
		List<Measure> measures = measuresBehindAnything(rollUp);
		StringBuilder text = new StringBuilder();
		text.append("Outcomes and work programmes rolled up from ")
				.append(PlacewiseLabels.count(measures.size(), "measure", "measures")).append(" (a measure needs ")
				.append(rollUp.rule().minimumPoints()).append(" points since its latest process change to count)\n");
		for (Vision vision : model.getVisions()) {
			text.append("\nOutcome tree: ").append(PlacewiseLabels.name(vision)).append('\n');
			if (vision.getOutcomes().isEmpty()) {
				text.append("  (no outcomes)\n");
			}
			for (Outcome outcome : vision.getOutcomes()) {
				outcome(text, rollUp, outcome, "  ");
			}
		}
		text.append("\nWork programmes\n");
		if (model.getProgrammes().isEmpty()) {
			text.append("  (none)\n");
		}
		for (WorkProgramme programme : model.getProgrammes()) {
			status(text, PlacewiseLabels.name(programme), rollUp.of(programme), "  ");
		}
		text.append("\nMeasures behind them\n");
		if (measures.isEmpty()) {
			text.append("  (none)\n");
		}
		for (Measure measure : measures) {
			MeasureReading reading = rollUp.reading(measure);
			text.append("  ").append(title(measure)).append(": ").append(PlacewiseLabels.literal(reading.trend()))
					.append("; ").append(PlacewiseLabels.literal(reading.target())).append('\n');
			text.append("    ").append(reading.why()).append('\n');
		}
		return text.toString();
	}

	private static void outcome(StringBuilder text, OutcomeRollUp rollUp, Outcome outcome, String indent) {
		status(text, PlacewiseLabels.name(outcome), rollUp.of(outcome), indent);
		for (Outcome child : outcome.getChildren()) {
			outcome(text, rollUp, child, indent + "  ");
		}
	}

	private static void status(StringBuilder text, String name, OutcomeRollUp.Status status, String indent) {
		text.append(indent).append(name).append(": ").append(PlacewiseLabels.literal(status.trend())).append("; ")
				.append(PlacewiseLabels.literal(status.target())).append('\n');
		text.append(indent).append("    ").append(status.why()).append('\n');
		if (!status.measures().isEmpty()) {
			text.append(indent).append("    From: ")
					.append(String.join(", ", status.measures().stream().map(MeasureReading::name).toList()))
					.append('\n');
		}
	}

	private static String title(Measure measure) {
		String unit = measure.getUnit();
		return MeasureSpc.nameOf(measure) + (unit == null || unit.isBlank() ? "" : " (" + unit + ")");
	}

	/**
	 * The roll-up as one JSON object: {@code minimumPoints}, {@code outcomeTrees} (per vision, its outcomes with
	 * {@code children}), {@code programmes} and {@code measures}. Statuses are given as codes ({@code "DETERIORATING"},
	 * {@code "NOT_MEETING"}) and as words ({@code trendText}, {@code targetText}); outcomes and programmes name the
	 * measures behind them, whose readings are in {@code measures}, each once.
	 *
	 * @param rollUp the roll-up of a model
	 * @return the JSON, pretty-printed with two-space indents, ending with a line break
	 */
	public static String json(OutcomeRollUp rollUp) {
		StringWriter out = new StringWriter();
		try (JsonWriter json = new JsonWriter(out)) {
			json.setIndent("  ");
			json.setHtmlSafe(false);
			json.setSerializeNulls(true);
			PlacewiseModel model = rollUp.model();
			json.beginObject();
			json.name("minimumPoints").value(rollUp.rule().minimumPoints());
			json.name("outcomeTrees").beginArray();
			for (Vision vision : model.getVisions()) {
				json.beginObject();
				json.name("vision").value(PlacewiseLabels.name(vision));
				json.name("outcomes").beginArray();
				for (Outcome outcome : vision.getOutcomes()) {
					outcome(json, rollUp, outcome);
				}
				json.endArray();
				json.endObject();
			}
			json.endArray();
			json.name("programmes").beginArray();
			for (WorkProgramme programme : model.getProgrammes()) {
				json.beginObject();
				json.name("name").value(PlacewiseLabels.name(programme));
				status(json, rollUp.of(programme));
				json.endObject();
			}
			json.endArray();
			json.name("measures").beginArray();
			for (Measure measure : measuresBehindAnything(rollUp)) {
				measure(json, rollUp.reading(measure));
			}
			json.endArray();
			json.endObject();
		} catch (IOException e) {
			throw new UncheckedIOException("Could not write JSON to memory", e);
		}
		return out + "\n";
	}

	private static void outcome(JsonWriter json, OutcomeRollUp rollUp, Outcome outcome) throws IOException {
		json.beginObject();
		json.name("name").value(PlacewiseLabels.name(outcome));
		status(json, rollUp.of(outcome));
		json.name("children").beginArray();
		for (Outcome child : outcome.getChildren()) {
			outcome(json, rollUp, child);
		}
		json.endArray();
		json.endObject();
	}

	private static void status(JsonWriter json, OutcomeRollUp.Status status) throws IOException {
		json.name("trend").value(status.trend().name());
		json.name("trendText").value(PlacewiseLabels.literal(status.trend()));
		json.name("target").value(status.target().name());
		json.name("targetText").value(PlacewiseLabels.literal(status.target()));
		json.name("why").value(status.why());
		json.name("measures").beginArray();
		for (MeasureReading reading : status.measures()) {
			json.value(reading.name());
		}
		json.endArray();
	}

	private static void measure(JsonWriter json, MeasureReading reading) throws IOException {
		json.beginObject();
		json.name("name").value(reading.name());
		json.name("trend").value(reading.trend().name());
		json.name("trendText").value(PlacewiseLabels.literal(reading.trend()));
		json.name("target").value(reading.target().name());
		json.name("targetText").value(PlacewiseLabels.literal(reading.target()));
		json.name("pointsSinceLatestProcessChange").value(reading.currentPoints());
		json.name("latestDate").value(reading.latestDate().map(Object::toString).orElse(null));
		json.name("variation").value(reading.variation().name());
		json.name("assurance").value(reading.assurance().name());
		json.name("why").value(reading.why());
		json.endObject();
	}
}
