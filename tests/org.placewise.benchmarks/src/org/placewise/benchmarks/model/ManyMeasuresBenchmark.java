package org.placewise.benchmarks.model;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.resource.Resource;
import org.placewise.benchmarks.BenchmarkModels;
import org.placewise.checks.CheckCatalogue;
import org.placewise.checks.CheckProfile;
import org.placewise.checks.Checker;
import org.placewise.generator.EnglandModelGenerator;
import org.placewise.generator.GeneratedModel;
import org.placewise.generator.Scale;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresFactory;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.WorkProgramme;
import org.placewise.store.ModelFiles;

/**
 * Issue 19, defect 13: a model with very many measures, every one evidencing the same outcome and programme (the worst
 * case for a many-valued reference: one list holds them all). Opens and checks models of 100,000 and 1,000,000 measures
 * (and 2× steps between, for the growth) and, as the baseline in the same run, the England model; plain EMF tuned as in
 * {@link LoadBenchmark} (whose {@code setManyReference} looks every value up in the list) is run at the smaller sizes
 * to show the quadratic growth Placewise no longer has. Not JMH: each load is seconds, so single shots, the median of
 * a few rounds after a warm-up, in one JVM.
 *
 * <pre>
 * releng/scripts/benchmark.sh many-measures [sizes...] [--rounds N] [--plain-up-to N]
 * </pre>
 */
public final class ManyMeasuresBenchmark {

    private ManyMeasuresBenchmark() {
    }

    /**
     * @param args measure counts (default 50000 100000 200000 1000000), {@code --rounds N} (default 3),
     *             {@code --plain-up-to N} (largest count plain EMF is timed at; default 100000)
     */
    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        int rounds = 3;
        int plainUpTo = 100_000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
            case "--rounds" -> rounds = Integer.parseInt(args[++i]);
            case "--plain-up-to" -> plainUpTo = Integer.parseInt(args[++i]);
            default -> sizes.add(Integer.parseInt(args[i].replace("_", "").replace(",", "")));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(50_000, 100_000, 200_000, 1_000_000);
        }
        ModelFiles files = new ModelFiles();
        Checker checker = new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT,
                EnglandModelGenerator.REFERENCE_DATE);
        Path england = BenchmarkModels.xmi(Scale.ENGLAND);
        List<String> table = new ArrayList<>();
        table.add("| model | objects | file | open (`ModelFiles.load`) | per 1,000 objects | loading thread's CPU"
                + " per 1,000 objects | × England | GC pauses in the open | full check | plain EMF tuned, open |");
        table.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Timing englandOpen = median(rounds, () -> files.load(england));
        PlacewiseModel englandModel = files.load(england);
        double englandCheck = median(rounds, () -> checker.check(englandModel.eResource())).wall();
        int englandObjects = count(englandModel.eResource());
        double englandPlain = median(rounds, () -> BenchmarkModels.loadPlainXmi(england, true)).wall();
        double englandCpuPerObject = englandOpen.cpu() / englandObjects;
        table.add(row("England (baseline)", englandObjects, Files.size(england), englandOpen, englandCpuPerObject,
                englandCheck, englandPlain));
        for (int size : sizes) {
            Path file = manyMeasures(size);
            Timing open = median(rounds, () -> files.load(file));
            PlacewiseModel model = files.load(file);
            double check = median(Math.min(rounds, 2), () -> checker.check(model.eResource())).wall();
            double plain = size <= plainUpTo ? once(() -> BenchmarkModels.loadPlainXmi(file, true)) : Double.NaN;
            table.add(row(String.format(Locale.ROOT, "%,d measures", size), count(model.eResource()),
                    Files.size(file), open, englandCpuPerObject, check, plain));
            System.out.println(table.get(table.size() - 1));
        }
        System.out.println();
        table.forEach(System.out::println);
        Path out = Path.of("target/many-measures-table.md");
        Files.createDirectories(out.getParent());
        Files.write(out, table);
    }

    private static String row(String name, int objects, long bytes, Timing open, double englandCpuPerObject,
            double check, double plain) {
        return String.format(Locale.ROOT, "| %s | %,d | %,d MB | %,.0f ms | %.2f ms | %.2f ms | %.2f× | %,.0f ms |"
                + " %,.0f ms | %s |", name, objects, bytes / 1_000_000, open.wall(), open.wall() * 1000 / objects,
                open.cpu() * 1000 / objects, open.cpu() / objects / englandCpuPerObject, open.gc(), check,
                Double.isNaN(plain) ? "not run" : String.format(Locale.ROOT, "%,.0f ms", plain));
    }

    /**
     * @return a place model with {@code count} more measures, each evidencing the same outcome and programme, saved
     *         as Placewise saves (made once per size)
     */
    static Path manyMeasures(int count) throws Exception {
        Path file = BenchmarkModels.folder().resolve("measures-" + count + ".placewise");
        if (Files.isRegularFile(file)) {
            return file;
        }
        Files.createDirectories(file.getParent());
        GeneratedModel generated = EnglandModelGenerator.of(Scale.PLACE, BenchmarkModels.SEED).generate();
        PlacewiseModel model = generated.model();
        Outcome outcome = model.getVisions().get(0).getOutcomes().get(0);
        WorkProgramme programme = model.getProgrammes().get(0);
        for (int i = 0; i < count; i++) {
            Measure measure = MeasuresFactory.eINSTANCE.createMeasure();
            measure.setName("Measure " + i);
            measure.setTheme("Scale");
            model.getMeasures().add(measure);
            measure.getEvidencedOutcomes().add(outcome);
            measure.getProgrammes().add(programme);
        }
        new ModelFiles().save(model, file);
        return file;
    }

    private static int count(Resource resource) {
        int count = 0;
        for (var all = resource.getAllContents(); all.hasNext(); all.next()) {
            count++;
        }
        return count;
    }

    private interface Work {
        Object run() throws Exception;
    }

    /**
     * One piece of work timed three ways, in milliseconds: elapsed; the CPU time of the thread doing it (what the
     * work itself costs, whatever else the machine runs); and the garbage collectors' accumulated collection time
     * meanwhile (mostly pauses; with G1 partly in other threads).
     */
    record Timing(double wall, double cpu, double gc) {
    }

    /** @return one timed run, in milliseconds: for the quadratic baseline, too slow to repeat */
    private static double once(Work work) throws Exception {
        System.gc();
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    /**
     * @return the medians (each taken on its own) of {@code rounds} timed runs after one untimed run, in milliseconds
     */
    private static Timing median(int rounds, Work work) throws Exception {
        work.run();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> walls = new ArrayList<>();
        List<Double> cpus = new ArrayList<>();
        List<Double> gcs = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            System.gc();
            long gc = collectionMillis();
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            Object result = work.run();
            walls.add((System.nanoTime() - start) / 1e6);
            cpus.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6);
            gcs.add((double) (collectionMillis() - gc));
            if (result == null) {
                throw new IllegalStateException("no result");
            }
        }
        return new Timing(middle(walls), middle(cpus), middle(gcs));
    }

    private static double middle(List<Double> values) {
        values.sort(null);
        return values.get(values.size() / 2);
    }

    private static long collectionMillis() {
        long total = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, collector.getCollectionTime());
        }
        return total;
    }
}
