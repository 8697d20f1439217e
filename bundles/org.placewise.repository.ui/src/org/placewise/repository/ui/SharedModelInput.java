package org.placewise.repository.ui;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.placewise.ui.internal.ModelSource;

/**
 * The editor input of a shared model, or of a past point of one: equal inputs name the same server, user, model and
 * moment, so opening a model already open activates its editor. It adapts to its {@link ModelSource}.
 */
public final class SharedModelInput implements IEditorInput {

	private final ModelSource source;
	private final String key;
	private final String name;

	SharedModelInput(SharedModelSource source) {
		this.source = source;
		this.key = source.location();
		this.name = source.path().substring(source.path().lastIndexOf('/') + 1);
	}

	SharedModelInput(PastModelSource source) {
		this.source = source;
		this.key = source.location() + "@" + source.time();
		this.name = source.path().substring(source.path().lastIndexOf('/') + 1) + " as at "
				+ Words.when(source.time());
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return name;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return source.location();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter.isInstance(source) ? adapter.cast(source) : null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SharedModelInput input && input.key.equals(key);
	}

	@Override
	public int hashCode() {
		return Objects.hash(key);
	}
}
