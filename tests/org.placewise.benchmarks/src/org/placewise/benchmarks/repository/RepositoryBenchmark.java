package org.placewise.benchmarks.repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.placewise.benchmarks.BenchmarkModels;
import org.placewise.generator.Scale;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.measures.Observation;
import org.placewise.model.PlacewisePackages;
import org.placewise.server.RepositoryServer;
import org.placewise.server.Role;
import org.placewise.server.ServerConfiguration;
import org.placewise.server.StoreKind;
import org.placewise.server.UsersFile;
import org.placewise.store.ModelFiles;
import org.placewise.store.repository.RepositoryConnection;
import org.placewise.store.repository.SharedModel;

/**
 * Commit and read of a generated England model through the Placewise repository client API, on the H2 file store
 * the product uses and on CDO's in-memory store as the baseline, in the same JVM and the same run.
 * <p>
 * Each round starts a fresh server per store (H2 in a new temporary directory; MEMStore) on 127.0.0.1 and measures,
 * through {@link RepositoryConnection} over TCP:
 * <ol>
 * <li><b>import</b>: {@link RepositoryConnection#importFile} of the model file, one commit (includes reading the file,
 * which is timed on its own as <b>file load</b> so it can be told apart);</li>
 * <li><b>read</b>: a fresh connection reads the whole model back ({@link RepositoryConnection#readCopy});</li>
 * <li><b>modify</b>: in a model opened for editing, every tenth observation of a measure gets a new value, and one
 * commit (opening the model and walking it is not timed);</li>
 * <li><b>read after modify</b>: a fresh connection reads it all again and every changed value is checked;</li>
 * <li><b>what-if, read with prefetch</b>: not the client API but plain CDO, a fresh session that asks for the whole
 * tree at once ({@link PrefetchingReader}), to show what the client's lazy loading costs.</li>
 * </ol>
 * Each run takes seconds, so this is a main with repeated single-shot runs rather than JMH. The order of the stores
 * alternates between rounds, so neither always runs on a warmer JVM. Warm-up rounds are run and discarded.
 * <p>
 * Arguments: {@code --scale region} (or place, england; comma-separated for several), {@code --rounds 3},
 * {@code --warmup 1}, {@code --out target/repository-table.md}.
 */
public final class RepositoryBenchmark {

    /** The stores compared: the product's H2 file store and the in-memory baseline. */
    enum Store {
        H2, MEM
    }

    /** The measured steps, in the order they run. */
    enum Step {
        FILE_LOAD("file load (no repository)"), IMPORT("import: load file + commit"), READ("read all, fresh session"),
        MODIFY("modify 10% of observations + commit"), READ_AFTER_MODIFY("read all after modify, fresh session"),
        READ_PREFETCH("what-if: read all with CDO prefetch, fresh session");

        final String label;

        Step(String label) {
            this.label = label;
        }
    }

    private static final String USER = "bench";

    private static final char[] PASSWORD = "benchmark password".toCharArray();

    private static final String MODEL_PATH = "/benchmark/model";

    private RepositoryBenchmark() {
    }

    /**
     * Runs the benchmark and prints the table.
     *
     * @param args see the class comment
     */
    public static void main(String[] args) throws Exception {
        List<Scale> scales = new ArrayList<>(List.of(Scale.REGION));
        int rounds = 3;
        int warmup = 1;
        Path out = Path.of("target/repository-table.md");
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--scale" -> scales = Arrays.stream(require(args[i], value).split(","))
                        .map(label -> Scale.valueOf(label.trim().toUpperCase(Locale.ROOT))).toList();
                case "--rounds" -> rounds = Integer.parseInt(require(args[i], value));
                case "--warmup" -> warmup = Integer.parseInt(require(args[i], value));
                case "--out" -> out = Path.of(require(args[i], value));
                default -> throw new IllegalArgumentException("Unknown argument '" + args[i]
                        + "': use --scale place|region|england[,...] --rounds N --warmup N --out FILE");
            }
            i++;
        }
        if (rounds < 1 || warmup < 0) {
            throw new IllegalArgumentException("--rounds must be at least 1 and --warmup at least 0");
        }

        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "Java %s, %d processors, max heap %,d MB; %d warm-up + %d measured "
                + "rounds per store; seconds, median (min–max)%n%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, warmup, rounds));
        for (Scale scale : scales) {
            report.append(runScale(scale, rounds, warmup));
        }
        System.out.println();
        System.out.print(report);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
        System.out.println("Table written to " + out);
    }

    private static String require(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    private static String runScale(Scale scale, int rounds, int warmup) throws Exception {
        Path file = BenchmarkModels.xmi(scale);
        int objects = BenchmarkModels.objectCount(scale);
        System.out.printf(Locale.ROOT, "%n%s model: %,d objects (%s)%n", scale.label(), objects, file);
        Map<Store, Map<Step, List<Double>>> times = new EnumMap<>(Store.class);
        for (Store store : Store.values()) {
            times.put(store, new EnumMap<>(Step.class));
        }
        int modified = 0;
        for (int round = 0; round < warmup + rounds; round++) {
            boolean measured = round >= warmup;
            Store[] order = round % 2 == 0 ? Store.values() : new Store[] { Store.MEM, Store.H2 };
            for (Store store : order) {
                Map<Step, Double> seconds = new LinkedHashMap<>();
                modified = runOnce(store, file, objects, seconds);
                System.out.printf(Locale.ROOT, "  %s round %d%s %-3s", scale.label(), round + 1,
                        measured ? "" : " (warm-up)", store);
                seconds.forEach((step, s) -> System.out.printf(Locale.ROOT, "  %s %.2f s", step.name().toLowerCase(
                        Locale.ROOT), s));
                System.out.println();
                if (measured) {
                    seconds.forEach((step, s) -> times.get(store).computeIfAbsent(step, k -> new ArrayList<>()).add(s));
                }
            }
        }
        return table(scale, objects, modified, times);
    }

    /**
     * One store, one round: a fresh server, the four steps, the server stopped and its files deleted.
     *
     * @return how many observations the modify step changed
     */
    private static int runOnce(Store store, Path file, int objects, Map<Step, Double> seconds) throws Exception {
        Path directory = Files.createTempDirectory("placewise-repository-bench-");
        try {
            UsersFile users = UsersFile.open(directory.resolve("users.txt"), 1_000);
            users.addUser(USER, Role.EDITOR, PASSWORD);
            // Collected now, not inside a timed step.
            System.gc();

            long started = System.nanoTime();
            PlacewiseModel local = new ModelFiles().load(file);
            seconds.put(Step.FILE_LOAD, since(started));
            check(count(local) == objects, "the model file holds " + count(local) + " objects, not " + objects);
            local = null;

            AutoCloseable server;
            int port;
            if (store == Store.H2) {
                RepositoryServer h2 = RepositoryServer.start(ServerConfiguration.builder().storeKind(StoreKind.H2)
                        .dataDirectory(directory.resolve("data")).usersFile(users.file()).host("127.0.0.1").port(0)
                        .packages(PlacewisePackages.all()).build());
                server = h2;
                port = h2.port();
            } else {
                InMemoryRepositoryServer mem = InMemoryRepositoryServer.start(
                        ServerConfiguration.DEFAULT_REPOSITORY_NAME, users, PlacewisePackages.all());
                server = mem;
                port = mem.port();
            }
            try (server) {
                try (RepositoryConnection connection = connect(port)) {
                    started = System.nanoTime();
                    connection.importFile(file, MODEL_PATH, "Benchmark import");
                    seconds.put(Step.IMPORT, since(started));
                }

                try (RepositoryConnection connection = connect(port)) {
                    started = System.nanoTime();
                    PlacewiseModel copy = connection.readCopy(MODEL_PATH);
                    seconds.put(Step.READ, since(started));
                    check(count(copy) == objects, store + " read back " + count(copy) + " objects, not " + objects);
                }

                Map<String, BigDecimal> changed = new HashMap<>();
                try (RepositoryConnection connection = connect(port); SharedModel shared = connection.open(MODEL_PATH)) {
                    List<Observation> observations = observations(shared.model());
                    started = System.nanoTime();
                    for (int i = 0; i < observations.size(); i += 10) {
                        Observation observation = observations.get(i);
                        BigDecimal value = observation.getObservedValue();
                        BigDecimal next = value == null ? BigDecimal.ONE : value.add(BigDecimal.ONE);
                        observation.setObservedValue(next);
                        changed.put(observation.getId(), next);
                    }
                    check(shared.commit("Benchmark: new values for every tenth observation") != null,
                            "the modify commit wrote nothing");
                    seconds.put(Step.MODIFY, since(started));
                }

                try (RepositoryConnection connection = connect(port)) {
                    started = System.nanoTime();
                    PlacewiseModel copy = connection.readCopy(MODEL_PATH);
                    seconds.put(Step.READ_AFTER_MODIFY, since(started));
                    int seen = 0;
                    for (Observation observation : observations(copy)) {
                        BigDecimal expected = changed.get(observation.getId());
                        if (expected != null) {
                            check(expected.compareTo(observation.getObservedValue()) == 0, store + " lost the new value "
                                    + expected + " of observation " + observation.getId());
                            seen++;
                        }
                    }
                    check(seen == changed.size(), store + " read back " + seen + " of " + changed.size()
                            + " changed observations");
                }

                // Not the client API: what readCopy would cost if it asked CDO for the whole tree in one request.
                started = System.nanoTime();
                int prefetched = PrefetchingReader.countAfterPrefetch(port, ServerConfiguration.DEFAULT_REPOSITORY_NAME,
                        USER, PASSWORD, MODEL_PATH);
                seconds.put(Step.READ_PREFETCH, since(started));
                check(prefetched == objects, store + " prefetch read " + prefetched + " objects, not " + objects);
                return changed.size();
            }
        } finally {
            deleteTree(directory);
        }
    }

    private static RepositoryConnection connect(int port) throws Exception {
        return RepositoryConnection.connect("127.0.0.1", port, ServerConfiguration.DEFAULT_REPOSITORY_NAME, USER,
                PASSWORD);
    }

    private static List<Observation> observations(PlacewiseModel model) {
        List<Observation> observations = new ArrayList<>();
        for (var contents = model.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof Observation observation) {
                observations.add(observation);
            }
        }
        return observations;
    }

    private static int count(EObject root) {
        int count = 1;
        for (var contents = root.eAllContents(); contents.hasNext(); contents.next()) {
            count++;
        }
        return count;
    }

    private static void check(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException("Benchmark result is wrong: " + problem);
        }
    }

    private static double since(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private static String table(Scale scale, int objects, int modified, Map<Store, Map<Step, List<Double>>> times) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "### %s model, %,d objects (modify step: %,d observations)%n%n",
                scale.label(), objects, modified));
        text.append("| step | H2 file store | in-memory store | H2 / MEM |\n|---|---|---|---|\n");
        for (Step step : Step.values()) {
            List<Double> h2 = times.get(Store.H2).get(step);
            List<Double> mem = times.get(Store.MEM).get(step);
            if (h2 == null || mem == null) {
                continue;
            }
            String ratio = step == Step.FILE_LOAD ? "(same work)"
                    : String.format(Locale.ROOT, "%.2f×", median(h2) / median(mem));
            text.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", step.label, summary(h2), summary(mem),
                    ratio));
        }
        return text.append('\n').toString();
    }

    private static String summary(List<Double> values) {
        return String.format(Locale.ROOT, "%.2f (%.2f–%.2f)", median(values), values.stream().min(Double::compare)
                .orElseThrow(), values.stream().max(Double::compare).orElseThrow());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static void deleteTree(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the benchmark directory " + directory, e);
        }
    }
}
