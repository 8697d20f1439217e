package org.placewise.diagram;

import java.nio.file.Files;
import java.nio.file.Path;

import org.placewise.diagram.layout.LaidOutScene;
import org.placewise.diagram.layout.SceneLayout;
import org.placewise.diagram.render.png.PngRenderer;
import org.placewise.diagram.render.svg.SvgRenderer;

/** Writes the sample nested scene as SVG and PNG for a person to look at: {@code DemoRender DIR}. */
public final class DemoRender {

    private DemoRender() {
    }

    /**
     * @param args output directory (default: the temporary directory)
     * @throws Exception when writing fails
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir"));
        LaidOutScene laid = new SceneLayout().layout(SampleScenes.nestedSystem());
        Files.write(dir.resolve("diagram-demo.svg"), new SvgRenderer().renderBytes(laid));
        Files.write(dir.resolve("diagram-demo.png"), new PngRenderer(args.length > 1 ? Double.parseDouble(args[1]) : 1)
                .render(laid));
        LaidOutScene bradford = new SceneLayout().layout(SampleScenes.localities());
        Files.write(dir.resolve("diagram-demo-localities.png"), new PngRenderer().render(bradford));
        System.out.println("Wrote " + dir.resolve("diagram-demo.svg") + " and .png, " + laid.width() + " x " + laid.height());
    }
}
