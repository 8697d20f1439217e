package org.placewise.store.repository;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.eclipse.emf.cdo.common.CDOCommonView;
import org.eclipse.emf.cdo.common.branch.CDOBranch;
import org.eclipse.emf.cdo.common.commit.CDOCommitInfo;
import org.eclipse.emf.cdo.common.id.CDOID;
import org.eclipse.emf.cdo.common.revision.CDOIDAndVersion;
import org.eclipse.emf.cdo.common.revision.CDORevision;
import org.eclipse.emf.cdo.common.revision.CDORevisionKey;
import org.eclipse.emf.cdo.eresource.CDOResource;
import org.eclipse.emf.cdo.eresource.CDOResourceFolder;
import org.eclipse.emf.cdo.net4j.CDONet4jSession;
import org.eclipse.emf.cdo.net4j.CDONet4jSessionConfiguration;
import org.eclipse.emf.cdo.net4j.CDONet4jUtil;
import org.eclipse.emf.cdo.session.CDOSessionInvalidationEvent;
import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.cdo.util.CommitException;
import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.net4j.Net4jUtil;
import org.eclipse.net4j.connector.IConnector;
import org.eclipse.net4j.tcp.TCPUtil;
import org.eclipse.net4j.util.container.ContainerUtil;
import org.eclipse.net4j.util.container.IManagedContainer;
import org.eclipse.net4j.util.event.IListener;
import org.eclipse.net4j.util.lifecycle.LifecycleUtil;
import org.eclipse.net4j.util.security.PasswordCredentialsProvider;
import org.placewise.model.PlacewisePackages;
import org.placewise.model.core.CoreFactory;
import org.placewise.model.core.CorePackage;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.resource.Identities;
import org.placewise.model.resource.PlacewiseResourceFactory;
import org.placewise.store.ModelFileException;
import org.placewise.store.ModelFiles;

/**
 * A logged-in connection to a Placewise model repository server: lists, opens, creates, imports and exports the models
 * in it, tells who committed what and when, and reports other users' commits as they happen.
 * <p>
 * Headless: it owns its Net4j container (never the platform-wide one), works in plain Java and inside the OSGi product.
 * Models are addressed by repository path, for example {@code /exampleshire/delegation}. Close it when done; models
 * opened from it close with it.
 */
public final class RepositoryConnection implements AutoCloseable {

	/** Port of a repository server when none is given. */
	public static final int DEFAULT_PORT = 2036;

	/** Name of the repository a Placewise server serves when none is given. */
	public static final String DEFAULT_REPOSITORY = "placewise";

	/** Upper bound for an open model to catch up with a commit before listeners hear of it. */
	private static final long VIEW_UPDATE_WAIT_MILLIS = 10_000;

	private final IManagedContainer container;

	private final CDONet4jSession session;

	private final String address;

	private final List<Consumer<CommitRecord>> commitListeners = new CopyOnWriteArrayList<>();

	private final ExecutorService notifications;

	private RepositoryConnection(IManagedContainer container, CDONet4jSession session, String address) {
		this.container = container;
		this.session = session;
		this.address = address;
		this.notifications = Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, "placewise-repository-updates " + address);
			thread.setDaemon(true);
			return thread;
		});
		session.addListener(invalidations);
	}

	/**
	 * Connects and logs in to the repository {@value #DEFAULT_REPOSITORY}.
	 *
	 * @param host     server address
	 * @param port     server port
	 * @param user     user name
	 * @param password the user's password (not kept after login)
	 * @return the connection
	 * @throws RepositoryException when the server cannot be reached or refuses the login
	 */
	public static RepositoryConnection connect(String host, int port, String user, char[] password)
			throws RepositoryException {
		return connect(host, port, DEFAULT_REPOSITORY, user, password);
	}

	/**
	 * Connects and logs in.
	 *
	 * @param host       server address
	 * @param port       server port
	 * @param repository repository name on the server
	 * @param user       user name
	 * @param password   the user's password (not kept after login)
	 * @return the connection
	 * @throws RepositoryException when the server cannot be reached, has no such repository or refuses the login
	 */
	public static RepositoryConnection connect(String host, int port, String repository, String user, char[] password)
			throws RepositoryException {
		String address = user + "@" + host + ":" + port + "/" + repository;
		IManagedContainer container = ContainerUtil.createContainer();
		Net4jUtil.prepareContainer(container);
		TCPUtil.prepareContainer(container);
		CDONet4jUtil.prepareContainer(container);
		container.activate();
		try {
			IConnector connector;
			try {
				connector = TCPUtil.getConnector(container, host + ":" + port);
			} catch (RuntimeException e) {
				throw new RepositoryException("Cannot reach the Placewise repository server at " + host + ":" + port
						+ " (" + rootMessage(e) + "). Is it running, and is this the right address and port?", e);
			}
			CDONet4jSessionConfiguration configuration = CDONet4jUtil.createNet4jSessionConfiguration();
			configuration.setConnector(connector);
			configuration.setRepositoryName(repository);
			configuration.setCredentialsProvider(new PasswordCredentialsProvider(user, new String(password)));
			CDONet4jSession session;
			try {
				session = configuration.openNet4jSession();
			} catch (SecurityException e) {
				throw new RepositoryException(rootMessage(e), e);
			} catch (RuntimeException e) {
				throw new RepositoryException("Cannot open the repository '" + repository + "' on " + host + ":" + port
						+ ": " + rootMessage(e), e);
			}
			for (EPackage ePackage : PlacewisePackages.all()) {
				session.getPackageRegistry().putEPackage(ePackage);
			}
			return new RepositoryConnection(container, session, address);
		} catch (RepositoryException | RuntimeException e) {
			LifecycleUtil.deactivate(container);
			throw e;
		}
	}

	/**
	 * Connects to the repository a {@code cdo://} URL names.
	 *
	 * @param url      the repository URL
	 * @param password the user's password
	 * @return the connection
	 * @throws RepositoryException when the server cannot be reached or refuses the login
	 */
	public static RepositoryConnection connect(RepositoryUrl url, char[] password) throws RepositoryException {
		return connect(url.host(), url.port(), url.repository(), url.user(), password);
	}

	/** @return the user this connection is logged in as */
	public String user() {
		return session.getUserID();
	}

	/** @return user, server and repository, for messages */
	public String address() {
		return address;
	}

	/**
	 * @return the paths of every model resource in the repository, sorted
	 */
	public List<String> listModels() {
		CDOView view = session.openView();
		try {
			List<String> paths = new ArrayList<>();
			collect(view.getRootResource().getContents(), paths);
			paths.sort(null);
			return paths;
		} finally {
			view.close();
		}
	}

	private static void collect(List<EObject> nodes, List<String> paths) {
		for (EObject node : nodes) {
			if (node instanceof CDOResourceFolder folder) {
				collect(List.copyOf(folder.getNodes()), paths);
			} else if (node instanceof CDOResource resource && !resource.isRoot()) {
				paths.add(resource.getPath());
			}
		}
	}

	/**
	 * Opens a model for editing in a transaction of its own. Other users' commits reach it as they happen.
	 *
	 * @param path repository path of the model
	 * @return the open model
	 * @throws RepositoryException when there is no Placewise model at that path
	 */
	public SharedModel open(String path) throws RepositoryException {
		String resourcePath = normalise(path);
		CDOTransaction transaction = openTransaction();
		try {
			return new SharedModel(this, transaction, modelIn(transaction, resourcePath));
		} catch (RepositoryException e) {
			transaction.close();
			throw e;
		} catch (RuntimeException e) {
			transaction.close();
			throw lostOr(e);
		}
	}

	/**
	 * Creates an empty model and commits it.
	 *
	 * @param path repository path of the new model
	 * @param name the model's name
	 * @return the new model, open for editing
	 * @throws RepositoryException when the path is taken or the commit is refused (for example for a viewer)
	 */
	public SharedModel create(String path, String name) throws RepositoryException {
		PlacewiseModel model = CoreFactory.eINSTANCE.createPlacewiseModel();
		model.setId(Identities.newId());
		model.setName(name);
		addModel(normalise(path), model, "Created model '" + name + "'");
		return open(path);
	}

	/**
	 * Imports a local model file as a new repository model, ids and all, in one commit.
	 *
	 * @param file    the model file
	 * @param path    repository path of the new model
	 * @param comment commit comment; a default naming the file is used when {@code null}
	 * @return the commit
	 * @throws ModelFileException  when the file cannot be opened
	 * @throws RepositoryException when the path is taken or the commit is refused
	 */
	public CommitRecord importFile(Path file, String path, String comment)
			throws ModelFileException, RepositoryException {
		PlacewiseModel model = new ModelFiles().load(file);
		return addModel(normalise(path), model,
				comment != null ? comment : "Imported " + file.getFileName() + " from a model file");
	}

	private CommitRecord addModel(String path, PlacewiseModel model, String comment) throws RepositoryException {
		CDOTransaction transaction = openTransaction();
		try {
			if (transaction.hasResource(path)) {
				throw new RepositoryException(
						"The repository already has a model at " + path + "; choose another path");
			}
			transaction.createResource(path).getContents().add(model);
			Identities.assignMissing(model);
			transaction.setCommitComment(comment);
			return record(transaction.commit());
		} catch (CommitException e) {
			if (isLost()) {
				throw lost(e);
			}
			throw new RepositoryException("The repository refused to add the model at " + path + ": "
					+ refusalReason(e), e);
		} catch (RuntimeException e) {
			throw lostOr(e);
		} finally {
			transaction.close();
		}
	}

	/**
	 * Writes a repository model to a local model file (atomically, keeping a backup, see {@link ModelFiles#save}).
	 *
	 * @param path repository path of the model
	 * @param file where to write it
	 * @throws RepositoryException when there is no Placewise model at that path
	 * @throws ModelFileException  when the file cannot be written
	 */
	public void exportModel(String path, Path file) throws RepositoryException, ModelFileException {
		CDOView view = openView();
		try {
			new ModelFiles().save(wholeModelIn(view, normalise(path)), file);
		} catch (RuntimeException e) {
			throw lostOr(e);
		} finally {
			view.close();
		}
	}

	/**
	 * Reads a repository model into memory, detached from the repository, for headless tools (check, diagram, report)
	 * that need the whole model once.
	 *
	 * @param path repository path of the model
	 * @return an in-memory copy, ids included, as the only content of a Placewise resource (as a model loaded from a
	 *         file is: checks and diagrams walk the resource), whose URI is the model's {@code cdo://} address
	 * @throws RepositoryException when there is no Placewise model at that path
	 */
	public PlacewiseModel readCopy(String path) throws RepositoryException {
		String resourcePath = normalise(path);
		CDOView view = openView();
		try {
			PlacewiseModel copy = EcoreUtil.copy(wholeModelIn(view, resourcePath));
			Resource resource = new PlacewiseResourceFactory().createResource(URI.createURI("cdo://" + address
					+ resourcePath));
			PlacewiseResourceFactory.register(new ResourceSetImpl()).getResources().add(resource);
			resource.getContents().add(copy);
			return copy;
		} catch (RuntimeException e) {
			throw lostOr(e);
		} finally {
			view.close();
		}
	}

	/**
	 * Opens a model as it was just after a past moment, read-only: "what was delegated when this decision was taken".
	 *
	 * @param path repository path of the model
	 * @param time a commit time from {@link #history()} (or any moment, in milliseconds since 1970)
	 * @return the past model; close it when done
	 * @throws RepositoryException when the model did not exist then
	 */
	public PastModel openAt(String path, long time) throws RepositoryException {
		String resourcePath = normalise(path);
		CDOView view;
		try {
			checkConnected();
			view = session.openView(time);
		} catch (RuntimeException e) {
			throw lostOr(e);
		}
		try {
			if (!view.hasResource(resourcePath)) {
				throw new RepositoryException("There was no model at " + resourcePath + " at " + java.time.Instant
						.ofEpochMilli(time));
			}
			return new PastModel(view, modelIn(view, resourcePath), time);
		} catch (RepositoryException e) {
			view.close();
			throw e;
		} catch (RuntimeException e) {
			view.close();
			throw lostOr(e);
		}
	}

	/**
	 * @return every commit in the repository, oldest first, with the objects each touched
	 */
	public List<CommitRecord> history() {
		List<CDOCommitInfo> infos = new ArrayList<>();
		session.getCommitInfoManager().getCommitInfos(null, 0, Long.MAX_VALUE, infos::add);
		List<CommitRecord> records = new ArrayList<>(infos.size());
		for (CDOCommitInfo info : infos) {
			records.add(record(info));
		}
		return records;
	}

	/**
	 * The commits that touched one model, oldest first: what a history view of that model lists. A commit belongs to
	 * the model when one of the objects it added, changed or removed was in the model's resource (each commit of this
	 * API writes one model, so the first objects of a commit decide).
	 *
	 * @param path repository path of the model
	 * @return its commits, oldest first, with the objects each touched
	 * @throws RepositoryException when there is no model at that path or the connection was lost
	 */
	public List<CommitRecord> historyOf(String path) throws RepositoryException {
		String resourcePath = normalise(path);
		CDOView view = openView();
		try {
			if (!view.hasResource(resourcePath)) {
				throw new RepositoryException("The repository has no model at " + resourcePath);
			}
			CDOID resource = view.getResource(resourcePath).cdoID();
			List<CDOCommitInfo> infos = new ArrayList<>();
			session.getCommitInfoManager().getCommitInfos(null, 0, Long.MAX_VALUE, infos::add);
			java.util.Map<CDOID, CDOID> resourceOf = new java.util.HashMap<>();
			List<CommitRecord> records = new ArrayList<>();
			for (CDOCommitInfo info : infos) {
				if (touches(info, resource, resourceOf)) {
					records.add(record(info));
				}
			}
			return records;
		} catch (RuntimeException e) {
			throw lostOr(e);
		} finally {
			view.close();
		}
	}

	/** How many objects of a commit are looked at to tell which model it wrote. */
	private static final int OBJECTS_TO_PLACE = 16;

	private boolean touches(CDOCommitInfo info, CDOID resource, java.util.Map<CDOID, CDOID> resourceOf) {
		CDOBranch branch = info.getBranch() != null ? info.getBranch() : session.getBranchManager().getMainBranch();
		List<CDOID> ids = new ArrayList<>();
		info.getNewObjects().forEach(key -> ids.add(key.getID()));
		info.getChangedObjects().forEach(key -> ids.add(key.getID()));
		int looked = 0;
		for (CDOID id : ids) {
			if (looked++ == OBJECTS_TO_PLACE) {
				break;
			}
			if (resource.equals(resourceOf(id, branch, info.getTimeStamp(), resourceOf))) {
				return true;
			}
		}
		looked = 0;
		for (CDOIDAndVersion key : info.getDetachedObjects()) {
			if (looked++ == OBJECTS_TO_PLACE) {
				break;
			}
			// Gone at the commit: where it was is in the revision just before.
			if (resource.equals(resourceOf(key.getID(), branch, info.getTimeStamp() - 1, resourceOf))) {
				return true;
			}
		}
		return false;
	}

	/** The resource an object was in at a time, following its containers; {@code null} when unknown. */
	private CDOID resourceOf(CDOID id, CDOBranch branch, long time, java.util.Map<CDOID, CDOID> known) {
		List<CDOID> path = new ArrayList<>();
		CDOID current = id;
		CDOID found = null;
		for (int depth = 0; depth < 64 && current != null && !current.isNull(); depth++) {
			if (known.containsKey(current)) {
				found = known.get(current);
				break;
			}
			path.add(current);
			CDORevision revision = session.getRevisionManager().getRevision(current, branch.getPoint(time),
					CDORevision.UNCHUNKED, CDORevision.DEPTH_NONE, true);
			if (revision == null) {
				break;
			}
			if (revision.isResourceNode()) {
				found = current;
				break;
			}
			CDOID resourceId = revision.data().getResourceID();
			if (resourceId != null && !resourceId.isNull()) {
				found = resourceId;
				break;
			}
			current = revision.data().getContainerID() instanceof CDOID container ? container : null;
		}
		for (CDOID step : path) {
			known.put(step, found);
		}
		return found;
	}

	/**
	 * Listens for commits made by other sessions (other users, or this user elsewhere). Listeners are called one at a
	 * time on a thread of this connection, after the commit has reached this connection's open models.
	 *
	 * @param listener told about each commit
	 */
	public void addCommitListener(Consumer<CommitRecord> listener) {
		commitListeners.add(listener);
	}

	/** @param listener a listener added before; it is told nothing more */
	public void removeCommitListener(Consumer<CommitRecord> listener) {
		commitListeners.remove(listener);
	}

	private final IListener invalidations = this::invalidated;

	private void invalidated(org.eclipse.net4j.util.event.IEvent event) {
		if (event instanceof CDOSessionInvalidationEvent invalidation && invalidation.isRemote()
				&& !commitListeners.isEmpty()) {
			// Resolving ids may need the server: never on CDO's own invalidation thread.
			notifications.execute(() -> {
				for (CDOCommonView view : session.getViews()) {
					// Listeners may look at their open models: let the commit reach them first.
					if (view instanceof CDOView cdoView) {
						cdoView.waitForUpdate(invalidation.getTimeStamp(), VIEW_UPDATE_WAIT_MILLIS);
					}
				}
				CommitRecord commit = record(invalidation);
				commitListeners.forEach(listener -> listener.accept(commit));
			});
		}
	}

	/** The commit record of a commit info, with model ids looked up in the revisions it wrote. */
	CommitRecord record(CDOCommitInfo info) {
		CDOBranch branch = info.getBranch() != null ? info.getBranch() : session.getBranchManager().getMainBranch();
		long time = info.getTimeStamp();
		List<String> added = new ArrayList<>();
		for (CDOIDAndVersion key : info.getNewObjects()) {
			addId(added, key.getID(), branch, time);
		}
		List<String> changed = new ArrayList<>();
		for (CDORevisionKey key : info.getChangedObjects()) {
			addId(changed, key.getID(), branch, time);
		}
		List<String> removed = new ArrayList<>();
		for (CDOIDAndVersion key : info.getDetachedObjects()) {
			// Gone at the commit: its id is in the revision just before.
			addId(removed, key.getID(), branch, time - 1);
		}
		return new CommitRecord(time, info.getUserID(), info.getComment(), added, changed, removed);
	}

	private void addId(List<String> ids, CDOID id, CDOBranch branch, long time) {
		CDORevision revision = session.getRevisionManager().getRevision(id, branch.getPoint(time),
				CDORevision.UNCHUNKED, CDORevision.DEPTH_NONE, true);
		if (revision == null) {
			return;
		}
		// Resources and folders of the repository itself have no model id.
		if (CorePackage.Literals.IDENTIFIED.isSuperTypeOf(revision.getEClass())) {
			Object value = revision.data().get(CorePackage.Literals.IDENTIFIED__ID, 0);
			if (value instanceof String text) {
				ids.add(text);
			}
		}
	}

	/**
	 * The model with all its objects fetched in one request: reading object by object costs a round trip per
	 * containment list (10-12x slower for a region-sized model, docs/performance-repository.md).
	 */
	static PlacewiseModel wholeModelIn(CDOView view, String path) throws RepositoryException {
		PlacewiseModel model = modelIn(view, path);
		((CDOResource) model.eResource()).cdoPrefetch(CDORevision.DEPTH_INFINITE);
		return model;
	}

	static PlacewiseModel modelIn(CDOView view, String path) throws RepositoryException {
		if (!view.hasResource(path)) {
			throw new RepositoryException("The repository has no model at " + path);
		}
		CDOResource resource = view.getResource(path);
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof PlacewiseModel model)) {
			throw new RepositoryException("The repository resource " + path + " holds no Placewise model");
		}
		return model;
	}

	/**
	 * @param path a repository path, with or without the leading slash
	 * @return the path CDO uses, starting with a slash
	 */
	static String normalise(String path) {
		if (path == null || path.isBlank() || path.equals("/")) {
			throw new IllegalArgumentException("A repository model needs a path such as /partnership/model");
		}
		return path.startsWith("/") ? path : "/" + path;
	}

	CDONet4jSession session() {
		return session;
	}

	private CDOView openView() throws RepositoryException {
		checkConnected();
		try {
			return session.openView();
		} catch (RuntimeException e) {
			throw lostOr(e);
		}
	}

	private CDOTransaction openTransaction() throws RepositoryException {
		checkConnected();
		try {
			return session.openTransaction();
		} catch (RuntimeException e) {
			throw lostOr(e);
		}
	}

	private void checkConnected() throws RepositoryException {
		if (isLost()) {
			throw lost(null);
		}
	}

	/** @return whether the server has gone (or this connection was closed): nothing more can be asked of it */
	boolean isLost() {
		return session.isClosed() || !LifecycleUtil.isActive(container);
	}

	RepositoryException lost(Throwable cause) {
		return new RepositoryException("The connection to the Placewise repository server " + address
				+ " was lost (the server stopped or the network failed); connect again when it is back", cause);
	}

	/**
	 * @param e what CDO threw
	 * @return a {@link RepositoryException} saying the server is gone, if it is
	 * @throws RuntimeException {@code e} itself when the connection is still up (a genuine fault)
	 */
	private RepositoryException lostOr(RuntimeException e) {
		if (isLost()) {
			return lost(e);
		}
		throw e;
	}

	/**
	 * @param e a refused commit
	 * @return the server's reason in one line: CDO 4.7 sends the server's whole stack trace as the message
	 */
	static String refusalReason(Throwable e) {
		String message = rootMessage(e).strip();
		for (String marker : new String[] { "SecurityException: ", "Rollback in DBStore: " }) {
			int at = message.lastIndexOf(marker);
			if (at >= 0) {
				message = message.substring(at + marker.length());
				break;
			}
		}
		int lineEnd = message.indexOf('\n');
		return (lineEnd >= 0 ? message.substring(0, lineEnd) : message).strip();
	}

	static String rootMessage(Throwable e) {
		Throwable root = e;
		String message = e.getMessage();
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
			if (root.getMessage() != null) {
				message = root.getMessage();
			}
		}
		return message != null ? message : e.getClass().getSimpleName();
	}

	/** Closes every model opened from this connection, logs out and disconnects. */
	@Override
	public void close() {
		session.removeListener(invalidations);
		notifications.shutdownNow();
		LifecycleUtil.deactivate(session);
		LifecycleUtil.deactivate(container);
	}

	@Override
	public String toString() {
		return "Placewise repository " + address;
	}
}
