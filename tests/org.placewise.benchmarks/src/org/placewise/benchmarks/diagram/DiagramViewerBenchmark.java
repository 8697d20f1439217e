package org.placewise.benchmarks.diagram;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
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
import org.placewise.diagram.render.DiagramPainter;
import org.placewise.diagram.render.png.PngImage;
import org.placewise.diagram.render.png.PngRenderer;
import org.placewise.diagram.ui.DiagramElement;
import org.placewise.diagram.ui.DiagramViewer;
import org.placewise.generator.Scale;
import org.placewise.model.core.PlacewiseModel;

/**
 * The SWT diagram viewer on the generated place model's systems diagram, against the PNG renderer
 * in the same run: first paint of the window (at 100 % and fitted), repaint after a selection
 * change (only the two elements' area, as the windowing system asks), hit-testing, and the whole
 * PNG of the same scene. A plain main, not JMH: it needs a display ({@code xvfb-run}) and the
 * SWT UI thread. Prints the median of several runs after warm-up.
 * <p>
 * Run: {@code xvfb-run -a java -cp target/benchmarks.jar org.placewise.benchmarks.diagram.DiagramViewerBenchmark [place|region]}
 */
public final class DiagramViewerBenchmark {

    private static final int WARMUP = 3;
    private static final int RUNS = 9;

    private DiagramViewerBenchmark() {
    }

    /** @param args the scale (default place) */
    public static void main(String[] args) {
        Scale scale = Scale.valueOf((args.length > 0 ? args[0] : "place").toUpperCase(Locale.ROOT));
        PlacewiseModel model = BenchmarkModels.loadPlacewise(scale);
        var checker = new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT,
                org.placewise.generator.EnglandModelGenerator.REFERENCE_DATE);
        var options = DiagramOptions.defaults().withFindings(FindingsOverlay.check(model, checker));
        var scene = PlacewiseDiagrams.scene(DiagramKind.SYSTEMS, model, options);
        double layout = median(() -> PlacewiseDiagrams.layout(DiagramKind.SYSTEMS, scene));
        LaidOutScene laid = PlacewiseDiagrams.layout(DiagramKind.SYSTEMS, scene);
        System.out.printf(Locale.ROOT, "%s systems diagram: %d nodes, %d edges, %.0f x %.0f px%n", scale.label(),
                laid.nodes().size(), laid.edges().size(), laid.width(), laid.height());

        // The PNG renderer draws the whole page; beyond its largest side, at the scale that fits.
        double pngScale = Math.min(1, PngRenderer.MAX_SIDE / Math.max(laid.width(), laid.height()));
        int pw = (int) Math.ceil(laid.width() * pngScale);
        int ph = (int) Math.ceil(laid.height() * pngScale);
        double png = median(() -> PngImage.draw(pw, ph, pngScale, c -> new DiagramPainter().paint(laid, c)));
        // The same window-sized area through Java2D, for a like-for-like paint.
        double pngWindow = median(() -> PngImage.draw(1600, 1000, 1, c -> new DiagramPainter().paint(laid, c)));

        Display display = new Display();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        var viewer = new DiagramViewer(shell, SWT.NONE);
        shell.setSize(1600, 1000);
        shell.open();
        viewer.setScene(laid);
        Rectangle client = viewer.getClientArea();
        Image image = new Image(display, client.width, client.height);
        GC gc = new GC(image);
        try {
            viewer.setZoom(1);
            double firstPaint = median(() -> paint(viewer, gc, client));
            viewer.zoomToFit();
            double fittedZoom = viewer.getZoom();
            double fittedPaint = median(() -> paint(viewer, gc, client));
            viewer.setZoom(1);
            // Two boxes side by side (leaves, the common case): selecting one after the other scrolls nothing.
            List<DiagramElement> nodes = viewer.getElements().stream().filter(DiagramElement::isNode).toList();
            int deepest = nodes.stream().mapToInt(DiagramElement::depth).max().orElse(0);
            List<DiagramElement> leaves = nodes.stream().filter(n -> n.depth() == deepest && n.objectId() != null).toList();
            DiagramElement a = leaves.get(leaves.size() / 2);
            DiagramElement b = leaves.stream().filter(n -> n != a).min(java.util.Comparator.comparingDouble(
                    n -> Math.hypot(n.centre().x() - a.centre().x(), n.centre().y() - a.centre().y()))).orElseThrow();
            viewer.setSelection(new StructuredSelection(a.objectId()));
            viewer.setSelection(new StructuredSelection(b.objectId()));
            System.out.println("selection flips between " + a.name() + " and " + b.name() + ", damage "
                    + area(viewer, a).union(area(viewer, b)));
            int[] flip = { 0 };
            double repaint = median(() -> {
                DiagramElement before = flip[0] % 2 == 0 ? a : b;
                DiagramElement after = flip[0]++ % 2 == 0 ? b : a;
                viewer.setSelection(new StructuredSelection(after.objectId()));
                Rectangle damage = area(viewer, before).union(area(viewer, after)).intersection(client);
                return paint(viewer, gc, damage);
            });
            int[] i = { 0 };
            double hit = median(() -> {
                Object found = null;
                for (int k = 0; k < 1000; k++) {
                    found = viewer.elementAt((i[0] * 37 + k * 13) % client.width, (i[0] * 53 + k * 7) % client.height);
                }
                i[0]++;
                return found;
            }) / 1000;
            System.out.printf(Locale.ROOT, "layout (ELK, baseline)                 %9.2f ms%n", layout);
            System.out.printf(Locale.ROOT, "PNG of the whole page (scale %.2f)      %9.2f ms%n", pngScale, png);
            System.out.printf(Locale.ROOT, "PNG of a 1600x1000 window at 100%%      %9.2f ms%n", pngWindow);
            System.out.printf(Locale.ROOT, "SWT first paint at 100%%                %9.2f ms  (%.2f x PNG window, %.3f x PNG page)%n",
                    firstPaint, firstPaint / pngWindow, firstPaint / png);
            System.out.printf(Locale.ROOT, "SWT first paint fitted (zoom %.3f)     %9.2f ms  (%.2f x PNG page)%n",
                    fittedZoom, fittedPaint, fittedPaint / png);
            System.out.printf(Locale.ROOT, "SWT repaint after a selection change   %9.2f ms  (%.3f x first paint)%n", repaint,
                    repaint / firstPaint);
            System.out.printf(Locale.ROOT, "hit-test                               %9.4f ms%n", hit);
        } finally {
            gc.dispose();
            image.dispose();
            shell.dispose();
            display.dispose();
        }
    }

    private static Rectangle area(DiagramViewer viewer, DiagramElement el) {
        Rectangle r = viewer.toWindow(el.bounds());
        return new Rectangle(r.x - 12, r.y - 12, r.width + 24, r.height + 24);
    }

    /** Sends the viewer the paint event the windowing system sends for a damaged area. */
    static Object paint(DiagramViewer viewer, GC gc, Rectangle damage) {
        var e = new Event();
        e.gc = gc;
        e.x = damage.x;
        e.y = damage.y;
        e.width = damage.width;
        e.height = damage.height;
        gc.setClipping(damage);
        viewer.notifyListeners(SWT.Paint, e);
        gc.setClipping((Rectangle) null);
        return e;
    }

    /** @return the median time of a piece of work in milliseconds, after warm-up */
    static double median(Supplier<?> work) {
        for (int i = 0; i < WARMUP; i++) {
            work.get();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            Object result = work.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
            if (result instanceof BufferedImage img) {
                img.flush();
            }
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }
}
