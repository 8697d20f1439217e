package org.placewise.benchmarks.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.placewise.benchmarks.BenchmarkModels;
import org.placewise.checks.CheckCatalogue;
import org.placewise.checks.CheckProfile;
import org.placewise.checks.Checker;
import org.placewise.diagram.kinds.DiagramKind;
import org.placewise.diagram.kinds.DiagramOptions;
import org.placewise.diagram.kinds.FindingsOverlay;
import org.placewise.diagram.kinds.PlacewiseDiagrams;
import org.placewise.diagram.layout.LaidOutScene;
import org.placewise.diagram.layout.SceneLayout;
import org.placewise.diagram.ui.DiagramElement;
import org.placewise.diagram.ui.DiagramViewer;
import org.placewise.generator.Scale;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.BoardKind;
import org.placewise.model.governance.GovernanceFactory;

/**
 * The diagram editor's costs on a generated model, each against the bare ELK layout of the same graph measured in the
 * same run (ELK alone, on the graph the diagram hands it): time to the first diagram (scene, layout and the first paint
 * of a 1600 × 1000 window), the update after a property edit (a board renamed: scene, redraw over the old geometry, and
 * the repaint of the changed elements only), the update after a structural edit (a committee added, or removed again:
 * scene, a new layout and a paint of the window), and hit-testing. A plain main, not JMH: it needs a display
 * ({@code xvfb-run}) and the SWT UI thread. Prints medians of several runs after warm-up.
 * <p>
 * Run: {@code xvfb-run -a java -cp target/benchmarks.jar org.placewise.benchmarks.diagram.DiagramEditorBenchmark [place|region] [governance|systems|outcomes|money]}
 */
public final class DiagramEditorBenchmark {

    private DiagramEditorBenchmark() {
    }

    /** @param args the scale (default place) and the diagram kind (default governance) */
    public static void main(String[] args) {
        Scale scale = Scale.valueOf((args.length > 0 ? args[0] : "place").toUpperCase(Locale.ROOT));
        DiagramKind kind = DiagramKind.parse(args.length > 1 ? args[1] : "governance");
        PlacewiseModel model = BenchmarkModels.loadPlacewise(scale);
        var checker = new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT,
                org.placewise.generator.EnglandModelGenerator.REFERENCE_DATE);
        // The workbench takes the findings from the editor's incremental checker; here one full check, reused.
        var findings = FindingsOverlay.check(model, checker).atLeast(org.placewise.checks.Severity.WARNING);
        var options = DiagramOptions.defaults().withFindings(findings);
        var layout = new SceneLayout(kind.flow());

        var scene0 = PlacewiseDiagrams.scene(kind, model, options);
        double elk = DiagramViewerBenchmark.median(() -> {
            var graph = layout.elkGraph(scene0);
            new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
            return graph;
        });
        LaidOutScene first = layout.layout(scene0);
        System.out.printf(Locale.ROOT, "%s %s diagram: %d boxes, %d arrows, %.0f x %.0f px%n", scale.label(), kind.id(),
                first.nodes().size(), first.edges().size(), first.width(), first.height());

        Display display = new Display();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        var viewer = new DiagramViewer(shell, SWT.NONE);
        shell.setSize(1600, 1000);
        shell.open();
        Rectangle client = viewer.getClientArea();
        Image image = new Image(display, client.width, client.height);
        GC gc = new GC(image);
        try {
            viewer.setZoom(1);
            LaidOutScene[] shown = { null };
            double firstDiagram = DiagramViewerBenchmark.median(() -> {
                var scene = PlacewiseDiagrams.scene(kind, model, options);
                shown[0] = layout.layout(scene);
                viewer.setScene(shown[0]);
                return DiagramViewerBenchmark.paint(viewer, gc, client);
            });

            // A property edit: a board's name, shortened and given back in turn (its box keeps its size).
            Board board = boardIn(model, first);
            String name = board.getName();
            String shorter = name.substring(0, name.length() - 1);
            int[] flips = { 0 };
            int[] relaidOut = { 0 };
            double propertyEdit = DiagramViewerBenchmark.median(() -> {
                board.setName(flips[0]++ % 2 == 0 ? shorter : name);
                var scene = PlacewiseDiagrams.scene(kind, model, options);
                SceneLayout.Relabelled r = layout.relabel(shown[0], scene);
                if (r == null) {
                    relaidOut[0]++;
                    shown[0] = layout.layout(scene);
                    viewer.setScene(shown[0]);
                    return DiagramViewerBenchmark.paint(viewer, gc, client);
                }
                shown[0] = r.laidOut();
                viewer.updateScene(r.laidOut(), r.changed(), r.headerChanged());
                Rectangle damage = null;
                for (String id : r.changed()) {
                    DiagramElement el = viewer.getElements().stream().filter(e -> e.id().equals(id)).findFirst()
                            .orElseThrow();
                    Rectangle d = viewer.toWindow(el.bounds());
                    damage = damage == null ? d : damage.union(d);
                }
                return damage == null ? null : DiagramViewerBenchmark.paint(viewer, gc, damage.intersection(client));
            });
            board.setName(name);

            // A structural edit: a committee added under the board, then removed again, in turn.
            Board committee = GovernanceFactory.eINSTANCE.createBoard();
            committee.setName("Benchmark Committee");
            committee.setKind(BoardKind.COMMITTEE);
            int[] adds = { 0 };
            double structuralEdit = DiagramViewerBenchmark.median(() -> {
                if (adds[0]++ % 2 == 0) {
                    board.getSubGroups().add(committee);
                } else {
                    board.getSubGroups().remove(committee);
                }
                var scene = PlacewiseDiagrams.scene(kind, model, options);
                SceneLayout.Relabelled r = layout.relabel(shown[0], scene);
                shown[0] = r != null ? r.laidOut() : layout.layout(scene);
                viewer.setScene(shown[0]);
                return DiagramViewerBenchmark.paint(viewer, gc, client);
            });
            board.getSubGroups().remove(committee);

            int[] i = { 0 };
            double hit = DiagramViewerBenchmark.median(() -> {
                Object found = null;
                for (int k = 0; k < 1000; k++) {
                    found = viewer.elementAt((i[0] * 37 + k * 13) % client.width, (i[0] * 53 + k * 7) % client.height);
                }
                i[0]++;
                return found;
            }) / 1000;

            System.out.printf(Locale.ROOT, "bare ELK layout of the same graph (baseline) %9.2f ms%n", elk);
            System.out.printf(Locale.ROOT, "time to first diagram (scene, layout, paint) %9.2f ms  (%.2f x ELK)%n",
                    firstDiagram, firstDiagram / elk);
            System.out.printf(Locale.ROOT, "property edit: scene, redraw in place, repaint %9.2f ms  (%.3f x ELK)%s%n",
                    propertyEdit, propertyEdit / elk,
                    relaidOut[0] > 0 ? "  [" + relaidOut[0] + " runs needed a layout]" : "");
            System.out.printf(Locale.ROOT, "structural edit: scene, layout, paint        %9.2f ms  (%.2f x ELK)%n",
                    structuralEdit, structuralEdit / elk);
            System.out.printf(Locale.ROOT, "hit-test                                     %9.4f ms  (%.6f x ELK)%n", hit,
                    hit / elk);
        } finally {
            gc.dispose();
            image.dispose();
            shell.dispose();
            display.dispose();
        }
    }

    /** A board drawn on the diagram with a name long enough to shorten, preferring one with sub-groups. */
    private static Board boardIn(PlacewiseModel model, LaidOutScene laid) {
        var drawn = new ArrayList<String>();
        laid.nodes().forEach(n -> drawn.add(n.node().objectId()));
        List<Board> boards = new ArrayList<>();
        model.eAllContents().forEachRemaining(o -> {
            if (o instanceof Board b && b.getName() != null && b.getName().length() > 3
                    && drawn.contains(org.eclipse.emf.ecore.util.EcoreUtil.getID(b))) {
                boards.add(b);
            }
        });
        if (boards.isEmpty()) {
            throw new IllegalStateException("No board is drawn on this diagram: benchmark the governance diagram");
        }
        return boards.stream().filter(b -> !b.getSubGroups().isEmpty()).findFirst().orElse(boards.get(0));
    }
}
