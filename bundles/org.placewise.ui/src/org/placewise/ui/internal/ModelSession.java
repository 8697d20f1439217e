package org.placewise.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.edit.label.PlacewiseAdapterFactory;
import org.placewise.store.ModelFileException;
import org.placewise.store.ModelFiles;

/**
 * The model open in the workbench: its file, the editing domain whose command stack gives undo
 * and redo, and the listeners (explorer, properties, findings, diagrams) that show it.
 */
public final class ModelSession {
	/** Told when a model is opened or saved. */
	public interface Listener {
		void modelOpened(ModelSession session);
	}

	private static final ModelSession INSTANCE = new ModelSession();

	private final ModelFiles files = new ModelFiles();
	// used as it is: wrapping it in a ComposedAdapterFactory makes EMF cast its label decorators to Adapter
	private final PlacewiseAdapterFactory adapterFactory = new PlacewiseAdapterFactory();
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private AdapterFactoryEditingDomain domain = newDomain();
	private PlacewiseModel model;
	private Path file;

	private ModelSession() {
	}

	/** @return the workbench's model session */
	public static ModelSession get() {
		return INSTANCE;
	}

	private AdapterFactoryEditingDomain newDomain() {
		return new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack());
	}

	/**
	 * Opens a model file; on failure the model open before stays open.
	 *
	 * @throws ModelFileException with a message naming the file and the problem
	 */
	public void open(Path path) throws ModelFileException {
		PlacewiseModel loaded = files.load(path);
		AdapterFactoryEditingDomain newDomain = newDomain();
		newDomain.getResourceSet().getResources().add(loaded.eResource());
		this.domain = newDomain;
		this.model = loaded;
		this.file = path.toAbsolutePath().normalize();
		listeners.forEach(l -> l.modelOpened(this));
	}

	/** Saves the open model atomically (the previous file is kept as a backup). */
	public void save() throws ModelFileException {
		if (model == null) {
			return;
		}
		files.save(model, file);
		((BasicCommandStack) domain.getCommandStack()).saveIsDone();
	}

	/** @return whether there are edits not yet saved */
	public boolean isDirty() {
		return model != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	/** @return the open model, or {@code null} */
	public PlacewiseModel model() {
		return model;
	}

	/** @return the open model's file, or {@code null} */
	public Path file() {
		return file;
	}

	/** @return the editing domain: run every change as a command on its stack */
	public AdapterFactoryEditingDomain domain() {
		return domain;
	}

	/** @return the item providers (labels, children, properties) of the Placewise model */
	public PlacewiseAdapterFactory adapterFactory() {
		return adapterFactory;
	}

	public void addListener(Listener listener) {
		listeners.add(Objects.requireNonNull(listener));
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}
}
