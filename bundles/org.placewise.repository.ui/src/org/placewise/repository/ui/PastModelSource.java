package org.placewise.repository.ui;

import org.eclipse.swt.widgets.Shell;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.store.repository.PastModel;
import org.placewise.store.repository.RepositoryConnection;
import org.placewise.ui.internal.ModelSource;
import org.placewise.ui.internal.PlacewiseModelContext;

/**
 * A shared model as it was at a past commit, in the model editor read-only ("scheme as at 2 Dec 2026 13:15"): the
 * explorer, pages, diagrams and findings show it as it was; nothing can change it and there is nothing to save.
 */
public final class PastModelSource implements ModelSource {

	private final RepositoryConnection connection;
	private final String path;
	private final PastModel past;

	PastModelSource(RepositoryConnection connection, String path, PastModel past) {
		this.connection = connection;
		this.path = path;
		this.past = past;
	}

	@Override
	public PlacewiseModel model() {
		return past.model();
	}

	@Override
	public String location() {
		return "cdo://" + connection.address() + path + " as at " + Words.when(past.time());
	}

	@Override
	public boolean isReadOnly() {
		return true;
	}

	/** @return the connection it was read from */
	public RepositoryConnection connection() {
		return connection;
	}

	/** @return the model's repository path */
	public String path() {
		return path;
	}

	/** @return the moment shown */
	public long time() {
		return past.time();
	}

	@Override
	public void attached(PlacewiseModelContext context) {
		// the past does not change
	}

	@Override
	public boolean save(PlacewiseModelContext context, Shell shell) {
		return false;
	}

	@Override
	public void revert(PlacewiseModelContext context) {
		// nothing was changed
	}

	@Override
	public void dispose() {
		past.close();
	}
}
