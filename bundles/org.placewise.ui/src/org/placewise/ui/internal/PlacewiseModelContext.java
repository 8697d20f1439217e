package org.placewise.ui.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.EClass;
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
	/**
	 * Told when the model is replaced by the file's content (Revert, or reload after a change on disk), or changed from
	 * elsewhere ({@link #changedElsewhere()}).
	 */
	public interface Listener {
		void modelReplaced(PlacewiseModelContext context);
	}

	// used as it is: wrapping it in a ComposedAdapterFactory makes EMF cast its label decorators to Adapter
	private final PlacewiseAdapterFactory adapterFactory = new PlacewiseAdapterFactory();
	private final AdapterFactoryEditingDomain domain;
	private final ModelSource source;
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private PlacewiseModel model;
	private Path file;
	private Checker rules;
	private IncrementalChecker checker;

	PlacewiseModelContext(PlacewiseModel model, Path file) {
		this.file = file;
		this.source = null;
		this.domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack());
		attach(model);
	}

	/**
	 * A context for a model that lives elsewhere: it stays in its own resource set, and is read-only when the source
	 * says so.
	 */
	PlacewiseModelContext(ModelSource source) {
		this.file = null;
		this.source = Objects.requireNonNull(source);
		Resource resource = source.model().eResource();
		this.domain = new AdapterFactoryEditingDomain(adapterFactory, new SourceCommandStack(source),
				resource.getResourceSet());
		if (source.isReadOnly()) {
			domain.setResourceToReadOnlyMap(new java.util.HashMap<>(java.util.Map.of(resource, Boolean.TRUE)));
		}
		this.model = source.model();
		startChecking();
	}

	private void attach(PlacewiseModel loaded) {
		this.model = Objects.requireNonNull(loaded);
		domain.getResourceSet().getResources().add(loaded.eResource());
		startChecking();
	}

	private void startChecking() {
		rules = new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, LocalDate.now());
		checker = new IncrementalChecker(rules, model.eResource());
	}

	/**
	 * The model was changed from elsewhere (another user's commit reached it, or a conflict was settled): the findings
	 * are worked out afresh and every view shows the model again. The undo history is kept.
	 */
	public void changedElsewhere() {
		checker.close();
		startChecking();
		listeners.forEach(l -> l.modelReplaced(this));
	}

	/**
	 * Other users' changes reached the model and its adapters have been told each of them, as notifications (the item
	 * providers, so the explorer, and the incremental checker, which re-checks only what they touch): the views and
	 * pages show them as they show an edit of this user's, without building anything again. The undo history and the
	 * checker are kept.
	 *
	 * @param removedTypes the classes of the objects the changes removed, which can no longer be read (their
	 *                     containers' removal notifications carried no old value): the checker drops their findings and
	 *                     re-checks what could have depended on them ({@link IncrementalChecker#removedUnread})
	 */
	public void changedElsewhereInPlace(Collection<EClass> removedTypes) {
		checker.removedUnread(removedTypes);
		if (domain.getCommandStack() instanceof SourceCommandStack stack) {
			stack.changedElsewhere();
		} else {
			changedElsewhere();
		}
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
		if (source != null) {
			source.dispose();
		}
		domain.getCommandStack().flush();
		listeners.clear();
		adapterFactory.dispose();
	}

	/** @return the model */
	public PlacewiseModel model() {
		return model;
	}

	/** @return the model's file, or {@code null} when the model lives elsewhere (see {@link #source()}) */
	public Path file() {
		return file;
	}

	/** @return where the model lives when it is not a file (a shared repository), or {@code null} for a file */
	public ModelSource source() {
		return source;
	}

	/** @return the model's file or repository location, for titles and messages */
	public String location() {
		return source != null ? source.location() : file.toString();
	}

	/** @return a short name of where the model lives: the file's name, or the last part of its repository location */
	public String shortName() {
		String where = source != null ? source.location() : file.getFileName().toString();
		return where.substring(where.lastIndexOf('/') + 1);
	}

	/** @return what the model's source knows of its objects (who reserved what); none for a model file */
	public ObjectMarks objectMarks() {
		return source != null ? source.objectMarks() : ObjectMarks.NONE;
	}

	/** @return whether the model may not be changed (a past point of a shared model) */
	public boolean isReadOnly() {
		return source != null && source.isReadOnly();
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

	/**
	 * The command stack of a model that lives elsewhere: the source sees each command before and after it runs, and a
	 * command it refused (and took back) leaves no trace in the undo history.
	 */
	private static final class SourceCommandStack extends BasicCommandStack {
		private final ModelSource source;

		SourceCommandStack(ModelSource source) {
			this.source = source;
		}

		/** Tells the stack's listeners, which refresh what shows the model after each command, that it changed. */
		void changedElsewhere() {
			notifyListeners();
		}

		@Override
		public void execute(org.eclipse.emf.common.command.Command command) {
			source.beforeCommand();
			super.execute(command);
			if (source.refusedCommand()) {
				if (top >= 0 && top < commandList.size() && commandList.get(top) == command) {
					commandList.remove(top);
					top--;
				}
				mostRecentCommand = null;
				notifyListeners();
			}
		}

		/**
		 * Undo of a command made before someone else reserved what it changed is refused like a new command: the model
		 * is put back and the command stays done (it can be undone once they release it).
		 */
		@Override
		public void undo() {
			source.beforeCommand();
			super.undo();
			if (source.refusedCommand()) {
				top++;
				mostRecentCommand = null;
				notifyListeners();
			}
		}

		/** Redo is refused the same way; the command stays undone. */
		@Override
		public void redo() {
			source.beforeCommand();
			super.redo();
			if (source.refusedCommand()) {
				top--;
				mostRecentCommand = null;
				notifyListeners();
			}
		}
	}
}
