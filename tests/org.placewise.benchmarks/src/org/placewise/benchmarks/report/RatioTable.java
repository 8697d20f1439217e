package org.placewise.benchmarks.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.placewise.benchmarks.BenchmarkModels;
import org.placewise.generator.Scale;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Prints the results of a benchmark run as Markdown tables: every figure beside the baseline
 * measured in the same run and their ratio; how each cost grows from place to region to england
 * against how the model grows; and the retained heap per object.
 * <p>
 * A benchmark method whose name starts with {@code baseline} is the baseline of the other methods
 * of its class with the same parameters, so a new benchmark only has to follow that naming to
 * appear in the table.
 * <p>
 * Arguments: the JMH JSON result file, then optionally the retained-heap JSON file.
 */
public final class RatioTable {

    private record Figure(String benchmarkClass, String method, Map<String, String> params, String mode, double score,
            double error, String unit, Double p50, Double p99) {

        String group() {
            return benchmarkClass + params;
        }

        String paramText() {
            return params.isEmpty() ? "" : params.toString().replace("{", "").replace("}", "");
        }
    }

    private RatioTable() {
    }

    /**
     * @param args the JMH result file, then optionally the heap result file
     * @throws IOException when a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        List<Figure> figures = read(Path.of(args.length > 0 ? args[0] : "target/jmh-result.json"));
        printRatios(figures);
        printScaling(figures);
        if (args.length > 1 && Files.isRegularFile(Path.of(args[1]))) {
            printHeap(Path.of(args[1]));
        }
    }

    private static List<Figure> read(Path file) throws IOException {
        List<Figure> figures = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (JsonElement element : JsonParser.parseReader(in).getAsJsonArray()) {
                JsonObject run = element.getAsJsonObject();
                String benchmark = run.get("benchmark").getAsString();
                int dot = benchmark.lastIndexOf('.');
                String type = benchmark.substring(0, dot);
                Map<String, String> params = new LinkedHashMap<>();
                if (run.has("params")) {
                    run.getAsJsonObject("params").entrySet().forEach(e -> params.put(e.getKey(), e.getValue().getAsString()));
                }
                JsonObject metric = run.getAsJsonObject("primaryMetric");
                JsonObject percentiles = metric.has("scorePercentiles") ? metric.getAsJsonObject("scorePercentiles") : null;
                double error = metric.get("scoreError").isJsonPrimitive() && !metric.get("scoreError").getAsString().equals("NaN")
                        ? metric.get("scoreError").getAsDouble() : Double.NaN;
                figures.add(new Figure(type.substring(type.lastIndexOf('.') + 1), benchmark.substring(dot + 1), params,
                        run.get("mode").getAsString(), metric.get("score").getAsDouble(), error,
                        metric.get("scoreUnit").getAsString(), percentile(percentiles, "50.0"),
                        percentile(percentiles, "99.0")));
            }
        }
        return figures;
    }

    private static Double percentile(JsonObject percentiles, String key) {
        return percentiles != null && percentiles.has(key) ? percentiles.get(key).getAsDouble() : null;
    }

    private static void printRatios(List<Figure> figures) {
        System.out.println("## Figures and ratios to the baseline measured in the same run");
        System.out.println();
        System.out.println("| benchmark | params | figure | mode | baseline | baseline figure | ratio |");
        System.out.println("|---|---|---:|---|---|---:|---:|");
        Map<String, Figure> baselines = new LinkedHashMap<>();
        for (Figure figure : figures) {
            if (figure.method().startsWith("baseline")) {
                baselines.putIfAbsent(figure.group(), figure);
            }
        }
        for (Figure figure : figures) {
            if (figure.method().startsWith("baseline")) {
                continue;
            }
            Figure baseline = baselines.get(figure.group());
            System.out.printf(Locale.ROOT, "| %s.%s | %s | %s | %s | %s | %s | %s |%n", figure.benchmarkClass(),
                    figure.method(), figure.paramText(), value(figure), figure.mode(),
                    baseline == null ? "-" : baseline.method(), baseline == null ? "-" : value(baseline),
                    baseline == null ? "-" : String.format(Locale.ROOT, "%.2f×", figure.score() / baseline.score()));
            if (figure.p50() != null && figure.mode().equals("sample")) {
                System.out.printf(Locale.ROOT, "| %s.%s p50 / p99 | %s | %s / %s %s | | %s | %s | %s |%n",
                        figure.benchmarkClass(), figure.method(), figure.paramText(), number(figure.p50()),
                        number(figure.p99()), figure.unit(), baseline == null ? "-" : baseline.method() + " p50 / p99",
                        baseline == null || baseline.p50() == null ? "-"
                                : number(baseline.p50()) + " / " + number(baseline.p99()) + " " + baseline.unit(),
                        baseline == null || baseline.p50() == null ? "-"
                                : String.format(Locale.ROOT, "%.1f× / %.1f×", figure.p50() / baseline.p50(),
                                        figure.p99() / baseline.p99()));
            }
        }
        System.out.println();
    }

    private static void printScaling(List<Figure> figures) {
        Map<String, Map<String, Figure>> byMethod = new LinkedHashMap<>();
        for (Figure figure : figures) {
            String scale = figure.params().get("scale");
            if (scale != null) {
                byMethod.computeIfAbsent(figure.benchmarkClass() + "." + figure.method(), m -> new LinkedHashMap<>())
                        .put(scale, figure);
            }
        }
        byMethod.values().removeIf(scales -> scales.size() < 2 || !scales.containsKey("place"));
        if (byMethod.isEmpty()) {
            return;
        }
        Map<String, Integer> objects = new LinkedHashMap<>();
        for (Scale scale : Scale.values()) {
            if (Files.isRegularFile(BenchmarkModels.folder().resolve(scale.label() + ".objects"))) {
                objects.put(scale.label(), BenchmarkModels.objectCount(scale));
            }
        }
        System.out.println("## Scaling: cost at each scale as a multiple of the place-scale cost");
        System.out.println();
        if (objects.containsKey("place")) {
            System.out.printf(Locale.ROOT, "Model size: place %,d objects; region %s; england %s.%n%n", objects.get("place"),
                    growth(objects, "region"), growth(objects, "england"));
        }
        System.out.println("| benchmark | place | region | england | region ÷ place | england ÷ place | england cost ÷ size growth |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (Map.Entry<String, Map<String, Figure>> entry : byMethod.entrySet()) {
            Map<String, Figure> scales = entry.getValue();
            Figure place = scales.get("place");
            Figure region = scales.get("region");
            Figure england = scales.get("england");
            double sizeGrowth = objects.containsKey("england") && objects.containsKey("place")
                    ? (double) objects.get("england") / objects.get("place") : Double.NaN;
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", entry.getKey(), value(place),
                    region == null ? "-" : value(region), england == null ? "-" : value(england),
                    region == null ? "-" : String.format(Locale.ROOT, "%.1f×", region.score() / place.score()),
                    england == null ? "-" : String.format(Locale.ROOT, "%.1f×", england.score() / place.score()),
                    england == null || Double.isNaN(sizeGrowth) ? "-"
                            : String.format(Locale.ROOT, "%.2f", england.score() / place.score() / sizeGrowth));
        }
        System.out.println();
        System.out.println("The last column is 1.00 for a cost exactly linear in model size, below 1 for better than linear.");
        System.out.println();
    }

    private static String growth(Map<String, Integer> objects, String scale) {
        return objects.containsKey(scale) ? String.format(Locale.ROOT, "%,d objects (%.1f×)", objects.get(scale),
                (double) objects.get(scale) / objects.get("place")) : "not generated";
    }

    private static void printHeap(Path file) throws IOException {
        JsonArray results;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            results = JsonParser.parseReader(in).getAsJsonArray();
        }
        System.out.println("## Retained heap of the loaded model");
        System.out.println();
        System.out.println("| scale | loaded by | objects | retained heap | bytes per object | ratio to baselinePlainXmi |");
        System.out.println("|---|---|---:|---:|---:|---:|");
        Map<String, Double> baseline = new LinkedHashMap<>();
        for (JsonElement element : results) {
            JsonObject result = element.getAsJsonObject();
            if (result.get("loader").getAsString().startsWith("baseline")) {
                baseline.put(result.get("scale").getAsString(), result.get("bytes").getAsDouble());
            }
        }
        for (JsonElement element : results) {
            JsonObject result = element.getAsJsonObject();
            Double base = baseline.get(result.get("scale").getAsString());
            System.out.printf(Locale.ROOT, "| %s | %s | %,d | %,.1f MB | %,.0f | %s |%n", result.get("scale").getAsString(),
                    result.get("loader").getAsString(), result.get("objects").getAsInt(),
                    result.get("bytes").getAsDouble() / (1024 * 1024), result.get("bytesPerObject").getAsDouble(),
                    base == null ? "-" : String.format(Locale.ROOT, "%.2f×", result.get("bytes").getAsDouble() / base));
        }
        System.out.println();
    }

    private static String value(Figure figure) {
        return number(figure.score()) + (Double.isNaN(figure.error()) ? "" : " ± " + number(figure.error())) + " "
                + figure.unit();
    }

    private static String number(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
                : value >= 1 ? String.format(Locale.ROOT, "%.2f", value) : String.format(Locale.ROOT, "%.4f", value);
    }
}
