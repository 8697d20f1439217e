package org.placewise.benchmarks.diagram;

import java.util.ArrayList;
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
import org.openjdk.jmh.annotations.Warmup;
import org.placewise.diagram.layout.LaidOutScene;
import org.placewise.diagram.layout.SceneLayout;
import org.placewise.diagram.render.svg.SvgRenderer;
import org.placewise.diagram.scene.Palettes;
import org.placewise.diagram.scene.Scene;
import org.placewise.diagram.scene.SceneEdge;
import org.placewise.diagram.scene.SceneNode;

/**
 * Layout + SVG time for nested "systems within systems" scenes of 100, 1,000 and 5,000 nodes
 * (containers of five children, an edge between the first and last child of each container).
 * {@link #baselineBuildScene()} measures building the scene alone in the same run, so the
 * layout and rendering cost can be read as the difference.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = "-Djava.awt.headless=true")
public class DiagramLayoutBenchmark {

    @Param({ "100", "1000", "5000" })
    int nodes;

    private Scene scene;
    private LaidOutScene laidOut;

    /** Builds the scene and one layout once per trial. */
    @Setup(Level.Trial)
    public void prepare() {
        scene = nestedScene(nodes, 5);
        laidOut = new SceneLayout().layout(scene);
    }

    /** @return the scene: the baseline cost every diagram pays before layout */
    @Benchmark
    public Scene baselineBuildScene() {
        return nestedScene(nodes, 5);
    }

    /** @return the laid-out scene */
    @Benchmark
    public LaidOutScene layout() {
        return new SceneLayout().layout(scene);
    }

    /** @return the SVG of a scene laid out beforehand */
    @Benchmark
    public String renderSvg() {
        return new SvgRenderer().render(laidOut);
    }

    /** @return layout and SVG together, what `placewise diagram` does */
    @Benchmark
    public String layoutAndSvg() {
        return new SvgRenderer().render(new SceneLayout().layout(scene));
    }

    /**
     * A nested scene of about {@code count} nodes: breadth-first containers of {@code fanOut}
     * children, one edge per container between its first and last child.
     *
     * @param count  how many nodes
     * @param fanOut children per container
     * @return the scene
     */
    static Scene nestedScene(int count, int fanOut) {
        // Decide the tree shape breadth-first, then build bottom-up (builders need built children).
        var parentOf = new ArrayList<Integer>();
        var childrenOf = new ArrayList<List<Integer>>();
        for (int i = 0; i < Math.min(fanOut, count); i++) {
            parentOf.add(-1);
            childrenOf.add(new ArrayList<>());
        }
        for (int parent = 0; parentOf.size() < count; parent++) {
            for (int k = 0; k < fanOut && parentOf.size() < count; k++) {
                childrenOf.get(parent).add(parentOf.size());
                parentOf.add(parent);
                childrenOf.add(new ArrayList<>());
            }
        }
        var built = new SceneNode[count];
        for (int i = count - 1; i >= 0; i--) {
            var b = SceneNode.builder("n" + i).objectId("obj-" + i)
                    .style(i % 3 == 0 ? Palettes.PLACE : i % 3 == 1 ? Palettes.LOCALITY : Palettes.BOARD)
                    .title("Footprint " + i).detail((i * 37 % 900 + 30) + ",000 people");
            for (int c : childrenOf.get(i)) {
                b.child(built[c]);
            }
            built[i] = b.build();
        }
        var scene = Scene.builder("systems", "Generated " + count + " nodes");
        for (int i = 0; i < count; i++) {
            if (parentOf.get(i) == -1) {
                scene.node(built[i]);
            }
            List<Integer> kids = childrenOf.get(i);
            if (kids.size() > 1) {
                scene.edge(SceneEdge.of("e" + i, "dl-" + i, "n" + kids.get(0), "n" + kids.get(kids.size() - 1),
                        Palettes.DELEGATION, "Delegation " + i, "up to £" + (i % 50 + 1) + "m"));
            }
        }
        return scene.build();
    }
}
