package org.placewise.benchmarks.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.placewise.benchmarks.BenchmarkModels;
import org.placewise.generator.Scale;

import com.google.gson.GsonBuilder;

/**
 * Retained heap of a loaded model, per object: used heap after a full collection, before and
 * after opening the file, with the loaded model still reachable. Run it in a JVM of its own with
 * a stop-the-world collector ({@code -XX:+UseSerialGC}) so {@code System.gc()} compacts fully;
 * benchmark.sh does. The baseline is the same file opened by tuned plain EMF XMI (id index, deferred id resolution)
 * in the same JVM.
 * <p>
 * Arguments: the output JSON file, then the scales to measure (default: england).
 */
public final class RetainedHeap {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private RetainedHeap() {
    }

    /**
     * @param args output file, then scales
     * @throws IOException when the result cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path output = Path.of(args.length > 0 ? args[0] : "target/heap-result.json");
        List<Scale> scales = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            scales.add(Scale.valueOf(args[i].toUpperCase(Locale.ROOT)));
        }
        if (scales.isEmpty()) {
            scales.add(Scale.ENGLAND);
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (Scale scale : scales) {
            int objects = BenchmarkModels.objectCount(scale);
            // Load once each way before measuring, so classes and package metadata are not counted.
            BenchmarkModels.loadPlacewise(Scale.PLACE);
            plainLoad(Scale.PLACE);
            results.add(measure(scale, "placewise", objects, () -> BenchmarkModels.loadPlacewise(scale).eResource()));
            results.add(measure(scale, "baselinePlainXmi", objects, () -> plainLoad(scale)));
            results.add(measure(scale, "binary", objects, () -> {
                try {
                    return BenchmarkModels.loadBinary(BenchmarkModels.binary(scale));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, new GsonBuilder().setPrettyPrinting().create().toJson(results), StandardCharsets.UTF_8);
        for (Map<String, Object> result : results) {
            System.out.printf(Locale.ROOT, "%-8s %-17s %,12d bytes  %,8d objects  %,6.0f bytes/object%n",
                    result.get("scale"), result.get("loader"), result.get("bytes"), result.get("objects"),
                    result.get("bytesPerObject"));
        }
    }

    private static Object plainLoad(Scale scale) {
        try {
            return BenchmarkModels.loadPlainXmi(BenchmarkModels.xmi(scale), true);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> measure(Scale scale, String loader, int objects, Supplier<Object> load) {
        long before = usedAfterFullCollection();
        Object model = load.get();
        long after = usedAfterFullCollection();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("scale", scale.label());
        result.put("loader", loader);
        result.put("objects", objects);
        result.put("bytes", after - before);
        result.put("bytesPerObject", (double) (after - before) / objects);
        // The model must still be reachable when the second measurement is taken.
        java.lang.ref.Reference.reachabilityFence(model);
        return result;
    }

    private static long usedAfterFullCollection() {
        // Several collections: objects freed by cleaners or reference processing go in later rounds.
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
