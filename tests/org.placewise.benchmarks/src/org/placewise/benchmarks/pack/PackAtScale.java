package org.placewise.benchmarks.pack;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.placewise.checks.CheckCatalogue;
import org.placewise.checks.CheckProfile;
import org.placewise.checks.Checker;
import org.placewise.checks.Finding;
import org.placewise.generator.EnglandModelGenerator;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.report.LeadersPack;
import org.placewise.report.PackDiagrams;
import org.placewise.report.PackPlan;
import org.placewise.store.ModelFiles;

/**
 * Issue 19, defect 14: the leaders' pack of a model of any size (a model eight times England: {@code placewise
 * generate --scale england --copies 8}) in a heap bounded on the command line, the pack's pages, charts and findings
 * written as {@code placewise report} writes them but without the four whole-model diagrams (their layout is what
 * the diagram benchmarks measure). Prints the time of each step and the heap: the most it held (the sum of every
 * heap pool's peak; what the run had to keep is in the GC log, heap after each collection). Not JMH: one run per JVM, so the
 * peaks are this model's. Run it for England and for the larger model with the same {@code -Xmx} to compare.
 *
 * <pre>
 * java -Xmx4g -Xlog:gc:file=gc.log -cp tests/org.placewise.benchmarks/target/benchmarks.jar \
 *     org.placewise.benchmarks.pack.PackAtScale MODEL.placewise OUTPUT_FOLDER
 * </pre>
 */
public final class PackAtScale {

    private PackAtScale() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path folder = Path.of(args[1]);
        long start = System.nanoTime();
        PlacewiseModel model = new ModelFiles().load(file);
        long loaded = System.nanoTime();
        List<Finding> findings = new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT,
                EnglandModelGenerator.REFERENCE_DATE).check(model);
        long checked = System.nanoTime();
        PackPlan plan = PackPlan.of(model, EnglandModelGenerator.REFERENCE_DATE, null, findings);
        List<Path> written = new LeadersPack(plan, PackDiagrams.NONE).write(folder);
        long packed = System.nanoTime();
        long bytes = 0;
        for (Path path : written) {
            bytes += Files.size(folder.resolve(path));
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "%s: %,d files (%,d MB) with %,d findings; open %.1f s, check %.1f s,"
                + " plan and write the pack %.1f s, in all %.1f s; -Xmx %,d MB, heap peak (all pools) %,d MB%n",
                file.getFileName(), written.size(), bytes / 1_000_000, findings.size(), (loaded - start) / 1e9,
                (checked - loaded) / 1e9, (packed - checked) / 1e9, (packed - start) / 1e9,
                Runtime.getRuntime().maxMemory() / 1_048_576, peak / 1_048_576);
    }
}
