package org.placewise.diagram.kinds;

import java.nio.file.Files;
import java.nio.file.Path;

import org.placewise.diagram.kinds.PlacewiseDiagrams.Format;
import org.placewise.model.core.PlacewiseModel;

/**
 * Renders each diagram kind from a sample model into {@code docs/images} (SVG, and PNG at scale 2 for screens):
 * {@code KindsDocImages [OUTPUT_DIR]}. Findings are checked as of a fixed day so that the images only change when the
 * model, the checks or the drawing change.
 */
public final class KindsDocImages {

	private KindsDocImages() {
	}

	/**
	 * @param args output folder (default: docs/images beside the samples folder)
	 * @throws Exception when writing fails
	 */
	public static void main(String[] args) throws Exception {
		Path out = args.length > 0 ? Path.of(args[0]) : Samples.folder().resolveSibling("docs").resolve("images");
		Files.createDirectories(out);
		write(out, "diagram-systems", DiagramKind.SYSTEMS, Samples.GREATER_MANCHESTER, DiagramScope.all());
		write(out, "diagram-systems-bradford", DiagramKind.SYSTEMS, Samples.BRADFORD,
				DiagramScope.all().withRoot("Bradford District & Craven"));
		write(out, "diagram-governance", DiagramKind.GOVERNANCE, Samples.EXAMPLESHIRE, DiagramScope.all());
		write(out, "diagram-outcomes", DiagramKind.OUTCOMES, Samples.MID_AND_SOUTH_ESSEX, DiagramScope.all());
		write(out, "diagram-money", DiagramKind.MONEY, Samples.EXAMPLESHIRE, DiagramScope.all());
		write(out, "diagram-money-birmingham", DiagramKind.MONEY, Samples.BIRMINGHAM, DiagramScope.all());
	}

	private static void write(Path out, String name, DiagramKind kind, String sample, DiagramScope scope)
			throws Exception {
		PlacewiseModel model = Samples.load(sample);
		var options = new DiagramOptions(scope, FindingsOverlay.check(model, Samples.checker())
				.atLeast(org.placewise.checks.Severity.WARNING));
		Files.write(out.resolve(name + ".svg"), PlacewiseDiagrams.render(kind, model, options, Format.SVG, 1));
		Files.write(out.resolve(name + ".png"), PlacewiseDiagrams.render(kind, model, options, Format.PNG, 2));
		var laid = PlacewiseDiagrams.layout(kind, PlacewiseDiagrams.scene(kind, model, options));
		System.out.printf("%s: %s from %s, %.0f x %.0f%n", name, kind.id(), sample, laid.width(), laid.height());
	}
}
