package org.placewise.benchmarks;

import java.util.Locale;

import org.placewise.generator.Scale;

/**
 * Generates the benchmark models before JMH starts, so no timed fork pays for it and every fork
 * opens the same files. Arguments: the scales (default: all three).
 */
public final class PrepareModels {

    private PrepareModels() {
    }

    /** @param args the scales to generate: place, region, england */
    public static void main(String[] args) {
        String[] scales = args.length > 0 ? args : new String[] { "place", "region", "england" };
        for (String label : scales) {
            Scale scale = Scale.valueOf(label.toUpperCase(Locale.ROOT));
            long started = System.nanoTime();
            int objects = BenchmarkModels.objectCount(scale);
            System.out.printf(Locale.ROOT, "%-8s %,9d objects  %s  (%.1f s)%n", scale.label(), objects,
                    BenchmarkModels.xmi(scale), (System.nanoTime() - started) / 1e9);
        }
    }
}
