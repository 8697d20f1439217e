package org.placewise.benchmarks.checks;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.placewise.benchmarks.BenchmarkModels;
import org.placewise.checks.CheckCatalogue;
import org.placewise.checks.CheckProfile;
import org.placewise.checks.Checker;
import org.placewise.checks.IncrementalChecker;
import org.placewise.generator.EnglandModelGenerator;
import org.placewise.generator.Scale;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.governance.Board;
import org.placewise.model.measures.Measure;
import org.placewise.model.outcomes.Outcome;

/**
 * What a user waits for after one edit of the england model in the workbench: the edit plus the
 * incremental re-check it triggers, sampled one edit at a time so the median and the 99th
 * percentile can be read. The baseline is the same edit on a second copy of the model with no
 * checker listening. Edits rotate through a fixed sequence of the kinds a programme office makes:
 * a measure's baseline cleared or restored, a measure linked to or unlinked from an outcome (which
 * re-checks the programmes serving it), a board's quorum changed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = { "-Xms2g", "-Xmx4g" })
public class IncrementalCheckBenchmark {

    @Param({ "england" })
    String scale;

    private Editor checked;
    private Editor plain;
    private IncrementalChecker incremental;

    /** The model and a cursor through the edit sequence. */
    private static final class Editor {
        private final List<Measure> measures;
        private final List<Board> boards;
        private int step;

        Editor(PlacewiseModel model) {
            measures = model.getMeasures();
            boards = model.getBoards();
        }

        /** Makes the next edit of the sequence; every other edit undoes the one before. */
        void edit() {
            int n = step++;
            Measure measure = measures.get((int) Math.floorMod(n / 2 * 7919L, (long) measures.size()));
            switch ((n / 2) % 3) {
                case 0 -> measure.setBaselineValue(n % 2 == 0 ? null : BigDecimal.TEN);
                case 1 -> {
                    List<Outcome> outcomes = measure.getEvidencedOutcomes();
                    if (n % 2 == 0 && !outcomes.isEmpty()) {
                        outcomes.remove(0);
                    } else if (!measure.getProgrammes().isEmpty()
                            && !measure.getProgrammes().get(0).getOutcomesServed().isEmpty()) {
                        Outcome outcome = measure.getProgrammes().get(0).getOutcomesServed().get(0);
                        if (!outcomes.contains(outcome)) {
                            outcomes.add(outcome);
                        }
                    }
                }
                default -> {
                    Board board = boards.get((int) Math.floorMod(n / 2 * 104_729L, (long) boards.size()));
                    board.setQuorum(n % 2 == 0 ? null : Integer.valueOf(3));
                }
            }
        }
    }

    /** Loads two copies of the model and checks one of them fully once. */
    @Setup(Level.Trial)
    public void prepare() {
        Scale size = Scale.valueOf(scale.toUpperCase(java.util.Locale.ROOT));
        PlacewiseModel watched = BenchmarkModels.loadPlacewise(size);
        checked = new Editor(watched);
        plain = new Editor(BenchmarkModels.loadPlacewise(size));
        incremental = new IncrementalChecker(
                new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, EnglandModelGenerator.REFERENCE_DATE),
                watched.eResource());
    }

    /** Stops the checker listening. */
    @TearDown(Level.Trial)
    public void close() {
        incremental.close();
    }

    /** @return how many objects were left to re-check (none): one edit and its incremental re-check */
    @Benchmark
    public int editAndRecheck() {
        checked.edit();
        incremental.recheck();
        return incremental.pendingObjects();
    }

    /** @return the edit step: the same edit with no checker listening, the baseline */
    @Benchmark
    public int baselinePlainEdit() {
        plain.edit();
        return plain.step;
    }
}
