package org.placewise.ui.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.placewise.model.core.PlacewiseModel;

/**
 * A Placewise model file as the input of a {@link PlacewiseEditor} (an {@link IPathEditorInput};
 * {@code IURIEditorInput} would need org.eclipse.ui.ide and its workspace). Two inputs are equal when they name the
 * same file, so opening a file that is already open activates its editor (with its edits) instead of loading it again.
 */
public final class ModelFileInput implements IPathEditorInput {
	private final Path file;
	private PlacewiseModel loaded;

	/**
	 * @param file   the model file
	 * @param loaded the model already loaded from it (so that a bad file is refused before an editor opens), or
	 *               {@code null} to let the editor load it
	 */
	public ModelFileInput(Path file, PlacewiseModel loaded) {
		this.file = file.toAbsolutePath().normalize();
		this.loaded = loaded;
	}

	/** @return the model file */
	public Path file() {
		return file;
	}

	/** @return the model loaded before the editor opened, once; then {@code null} */
	PlacewiseModel takeLoaded() {
		PlacewiseModel model = loaded;
		loaded = null;
		return model;
	}

	/** @return the file's URI */
	public URI getURI() {
		return file.toUri();
	}

	@Override
	public IPath getPath() {
		return IPath.fromOSString(file.toString());
	}

	@Override
	public boolean exists() {
		return java.nio.file.Files.isRegularFile(file);
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.createFromFile(ModelFileInput.class, "/icons/placewise16.png");
	}

	@Override
	public String getName() {
		return file.getFileName().toString();
	}

	@Override
	public IPersistableElement getPersistable() {
		// models are opened by the launcher or File > Open Model, not restored with the layout
		return null;
	}

	@Override
	public String getToolTipText() {
		return file.toString();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter == Path.class ? adapter.cast(file) : null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ModelFileInput input && input.file.equals(file);
	}

	@Override
	public int hashCode() {
		return Objects.hash(file);
	}
}
