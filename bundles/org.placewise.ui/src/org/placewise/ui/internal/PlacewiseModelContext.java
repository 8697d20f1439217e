package org.placewise.ui.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.placewise.checks.CheckCatalogue;
import org.placewise.checks.CheckProfile;
import org.placewise.checks.Checker;
import org.placewise.checks.IncrementalChecker;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.edit.label.PlacewiseAdapterFactory;

/**
 * What one {@link PlacewiseEditor} edits, as the views see it: the model and its file, the editing domain whose command
 * stack holds this model's undo history, the item providers, and the incremental checker that keeps its findings
 * current. Views ask the active editor for it ({@code editor.getAdapter(PlacewiseModelContext.class)}), the way the
 * Outline and Properties views ask for their pages.
 */
public final class PlacewiseModelContext {
	/** Told when the model is replaced by the file's content (Revert, or reload after a change on disk). */
	public interface Listener {
		void modelReplaced(PlacewiseModelContext context);
	}

	// used as it is: wrapping it in a ComposedAdapterFactory makes EMF cast its label decorators to Adapter
	private final PlacewiseAdapterFactory adapterFactory = new PlacewiseAdapterFactory();
	private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory,
			new BasicCommandStack());
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private PlacewiseModel model;
	private Path file;
	private Checker rules;
	private IncrementalChecker checker;

	PlacewiseModelContext(PlacewiseModel model, Path file) {
		this.file = file;
		attach(model);
	}

	private void attach(PlacewiseModel loaded) {
		this.model = Objects.requireNonNull(loaded);
		domain.getResourceSet().getResources().add(loaded.eResource());
		rules = new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, LocalDate.now());
		checker = new IncrementalChecker(rules, loaded.eResource());
	}

	/** Replaces the model with one loaded again from the file; the undo history starts afresh. */
	void replace(PlacewiseModel loaded) {
		Resource old = model.eResource();
		checker.close();
		domain.getCommandStack().flush();
		domain.getResourceSet().getResources().remove(old);
		old.unload();
		attach(loaded);
		listeners.forEach(l -> l.modelReplaced(this));
	}

	void moveTo(Path newFile) {
		this.file = newFile;
	}

	void dispose() {
		checker.close();
		domain.getCommandStack().flush();
		listeners.clear();
		adapterFactory.dispose();
	}

	/** @return the model */
	public PlacewiseModel model() {
		return model;
	}

	/** @return the model's file */
	public Path file() {
		return file;
	}

	/** @return the editing domain: run every change as a command on its stack */
	public AdapterFactoryEditingDomain domain() {
		return domain;
	}

	/** @return the command stack of this model (its own undo history) */
	public BasicCommandStack commandStack() {
		return (BasicCommandStack) domain.getCommandStack();
	}

	/** @return the item providers (labels, children, properties, child creation) of this model */
	public PlacewiseAdapterFactory adapterFactory() {
		return adapterFactory;
	}

	/** @return the incremental checker holding this model's current findings */
	public IncrementalChecker checker() {
		return checker;
	}

	/**
	 * @return the catalogue, profile and date the incremental checker checks with: for checking a draft the same way,
	 *         or for the context a quick fix is made in
	 */
	public Checker rules() {
		return rules;
	}

	/** @return whether there are edits not yet saved */
	public boolean isDirty() {
		return commandStack().isSaveNeeded();
	}

	public void addListener(Listener listener) {
		listeners.add(Objects.requireNonNull(listener));
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}
}
