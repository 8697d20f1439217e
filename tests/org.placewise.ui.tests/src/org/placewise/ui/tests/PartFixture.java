package org.placewise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.edit.label.PlacewiseAdapterFactory;
import org.placewise.store.ModelFiles;

/**
 * What an editor gives the parts, without the editor: a sample model in a resource of a real
 * {@link AdapterFactoryEditingDomain} with its command stack, and a plain shell to put a part in.
 */
final class PartFixture implements AutoCloseable {

	final PlacewiseModel model;
	final AdapterFactoryEditingDomain domain;
	final Shell shell;

	PartFixture(String sample) throws Exception {
		model = new ModelFiles().load(sample(sample));
		domain = new AdapterFactoryEditingDomain(new PlacewiseAdapterFactory(), new BasicCommandStack());
		domain.getResourceSet().getResources().add(model.eResource());
		shell = new Shell(Display.getCurrent(), SWT.SHELL_TRIM);
		shell.setLayout(new FillLayout());
		shell.setSize(1600, 600);
	}

	static Path sample(String name) {
		Path path = Path.of("../../samples", name).toAbsolutePath().normalize();
		assertTrue(Files.isRegularFile(path), "sample " + path);
		return path;
	}

	static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// let layout and paint run
		}
	}

	/**
	 * Saves a picture of a shell under target/screenshots (for the docs; not an assertion).
	 */
	static void screenshot(Shell shell, String name) {
		shell.layout(true, true);
		shell.redraw();
		shell.update();
		processEvents();
		Display display = shell.getDisplay();
		Point size = shell.getSize();
		Image image = new Image(display, size.x, size.y);
		GC gc = new GC(image);
		try {
			shell.print(gc);
			ImageData data = image.getImageData();
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			Path folder = Path.of("target", "screenshots");
			Files.createDirectories(folder);
			loader.save(folder.resolve(name + ".png").toString(), SWT.IMAGE_PNG);
		} catch (Exception e) {
			// a missing picture must not fail a test of behaviour
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	@Override
	public void close() {
		if (!shell.isDisposed()) {
			shell.dispose();
		}
	}
}
