package org.placewise.store.repository;

import java.time.Instant;

import org.eclipse.emf.cdo.view.CDOView;
import org.placewise.model.core.PlacewiseModel;

/**
 * A repository model as it was at a past moment, read-only: any attempt to change it is refused. Close it when done.
 */
public final class PastModel implements AutoCloseable {

	private final CDOView view;

	private final PlacewiseModel model;

	private final long time;

	PastModel(CDOView view, PlacewiseModel model, long time) {
		this.view = view;
		this.model = model;
		this.time = time;
	}

	/** @return the model as it was; navigating it reads the past versions of its objects */
	public PlacewiseModel model() {
		return model;
	}

	/** Reads every object of the past model in one request (see {@link SharedModel#loadAll()}). */
	public void loadAll() {
		((org.eclipse.emf.cdo.eresource.CDOResource) model.eResource())
				.cdoPrefetch(org.eclipse.emf.cdo.common.revision.CDORevision.DEPTH_INFINITE);
	}

	/** @return the moment shown, in milliseconds since 1970 */
	public long time() {
		return time;
	}

	/** @return the moment shown */
	public Instant instant() {
		return Instant.ofEpochMilli(time);
	}

	/** Releases the past view; the model must not be used afterwards. */
	@Override
	public void close() {
		view.close();
	}
}
