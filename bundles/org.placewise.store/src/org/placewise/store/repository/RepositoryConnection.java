package org.placewise.store.repository;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.emf.cdo.common.lock.IDurableLockingManager.LockAreaNotFoundException;
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

	private final TlsTunnel tunnel;

	/** Reservation tickets of every connection of this process that was given no book of its own. */
	private static final ReservationBook PROCESS_BOOK = ReservationBook.inMemory();

	private volatile ReservationBook reservationBook = PROCESS_BOOK;

	private RepositoryConnection(IManagedContainer container, CDONet4jSession session, String address,
			TlsTunnel tunnel) {
		this.container = container;
		this.session = session;
		this.address = address;
		this.tunnel = tunnel;
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
		return connect(host, port, repository, user, password, null);
	}

	/**
	 * Connects and logs in, over TLS when {@code tls} is given: the server's certificate is checked (and the connection
	 * refused if it is not trusted) before the password is sent.
	 *
	 * @param host       server address (the TLS certificate must name it)
	 * @param port       server port
	 * @param repository repository name on the server
	 * @param user       user name
	 * @param password   the user's password (not kept after login)
	 * @param tls        the certificates to trust for a TLS connection, or {@code null} for a plain connection
	 * @return the connection
	 * @throws RepositoryException when the server cannot be reached, is not trusted, has no such repository or refuses
	 *                             the login
	 */
	public static RepositoryConnection connect(String host, int port, String repository, String user, char[] password,
			TlsTrust tls) throws RepositoryException {
		String address = user + "@" + host + ":" + port + "/" + repository + (tls != null ? " (TLS)" : "");
		TlsTunnel tunnel = tls == null ? null : TlsTunnel.open(host, port, tls);
		String connectTo = tunnel == null ? host + ":" + port : "127.0.0.1:" + tunnel.localPort();
		IManagedContainer container = ContainerUtil.createContainer();
		Net4jUtil.prepareContainer(container);
		TCPUtil.prepareContainer(container);
		CDONet4jUtil.prepareContainer(container);
		container.activate();
		try {
			IConnector connector;
			try {
				connector = TCPUtil.getConnector(container, connectTo);
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
			return new RepositoryConnection(container, session, address, tunnel);
		} catch (RepositoryException | RuntimeException e) {
			LifecycleUtil.deactivate(container);
			if (tunnel != null) {
				tunnel.close();
			}
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
		return connect(url, password, TlsTrust.systemDefault());
	}

	/**
	 * Connects to the repository a {@code cdo://} or {@code cdos://} URL names.
	 *
	 * @param url      the repository URL
	 * @param password the user's password
	 * @param trust    certificates to trust when the URL is a {@code cdos://} (TLS) one
	 * @return the connection
	 * @throws RepositoryException when the server cannot be reached, is not trusted or refuses the login
	 */
	public static RepositoryConnection connect(RepositoryUrl url, char[] password, TlsTrust trust)
			throws RepositoryException {
		return connect(url.host(), url.port(), url.repository(), url.user(), password, url.tls() ? trust : null);
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
		String model = address + resourcePath;
		CDOTransaction transaction = openTransaction(model);
		try {
			return new SharedModel(this, transaction, modelIn(transaction, resourcePath), reservationBook, model);
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

	CommitRecord addModel(String path, PlacewiseModel model, String comment) throws RepositoryException {
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
			return detachedCopy(wholeModelIn(view, resourcePath), "cdo://" + address + resourcePath);
		} catch (RuntimeException e) {
			throw lostOr(e);
		} finally {
			view.close();
		}
	}

	/**
	 * Reads a repository model as it was just after a past moment into memory, detached from the repository, like
	 * {@link #readCopy(String)}: for writing it to a file or comparing it with another version.
	 *
	 * @param path repository path of the model
	 * @param time a commit time from {@link #log(String)} (or any moment, in milliseconds since 1970)
	 * @return an in-memory copy in a Placewise resource whose URI is the model's address and the moment
	 * @throws RepositoryException when the model did not exist then
	 */
	public PlacewiseModel readCopyAt(String path, long time) throws RepositoryException {
		try (PastModel past = openAt(path, time)) {
			PlacewiseModel model = past.model();
			((CDOResource) model.eResource()).cdoPrefetch(CDORevision.DEPTH_INFINITE);
			return detachedCopy(model, "cdo://" + address + normalise(path) + "@" + time);
		} catch (RuntimeException e) {
			throw lostOr(e);
		}
	}

	private static PlacewiseModel detachedCopy(PlacewiseModel model, String uri) {
		PlacewiseModel copy = EcoreUtil.copy(model);
		Resource resource = new PlacewiseResourceFactory().createResource(URI.createURI(uri));
		PlacewiseResourceFactory.register(new ResourceSetImpl()).getResources().add(resource);
		resource.getContents().add(copy);
		return copy;
	}

	/**
	 * Commits a new version of a repository model (for example a model file edited elsewhere): objects are matched by
	 * {@code id} and only what differs is changed, so the history shows the real changes. A model not yet in the
	 * repository is added as with {@link #importFile(Path, String, String)}.
	 *
	 * @param path    repository path of the model
	 * @param version the version to commit; not changed
	 * @param comment commit comment
	 * @return the commit, or {@code null} when the repository model already equals {@code version}
	 * @throws ConflictException   never in practice (the model is read and committed at once), but another commit in
	 *                             between is reported rather than overwritten
	 * @throws RepositoryException when the commit is refused (for example for a viewer)
	 */
	public CommitRecord commitVersion(String path, PlacewiseModel version, String comment)
			throws RepositoryException {
		String resourcePath = normalise(path);
		if (!hasModel(resourcePath)) {
			return addModel(resourcePath, EcoreUtil.copy(version), comment);
		}
		try (SharedModel shared = open(resourcePath)) {
			ModelUpdate.apply(shared.model(), version);
			return shared.commit(comment);
		}
	}

	/**
	 * @param path repository path
	 * @return whether the repository has a resource at that path now
	 * @throws RepositoryException when the connection is lost
	 */
	public boolean hasModel(String path) throws RepositoryException {
		CDOView view = openView();
		try {
			return view.hasResource(normalise(path));
		} catch (RuntimeException e) {
			throw lostOr(e);
		} finally {
			view.close();
		}
	}

	/**
	 * Copies a model with its whole history to another repository (for example from an H2 server to a PostgreSQL one):
	 * each commit that touched the model is replayed there in order, as one commit holding the same changes, whose
	 * comment names the original author and time ({@link CommitRecord#copiedComment()}). The destination server gives
	 * each replayed commit its own time and the copying user; {@link CommitRecord#author()} and
	 * {@link CommitRecord#authoredAt()} read the originals back.
	 *
	 * @param path            the model's path here
	 * @param destination     a connection to the other repository, as a user who may commit
	 * @param destinationPath where the model goes there; nothing may be there yet
	 * @return the commits made in the destination, oldest first
	 * @throws RepositoryException when the destination already has a model there, or refuses a commit
	 */
	public List<CommitRecord> copyWithHistory(String path, RepositoryConnection destination, String destinationPath)
			throws RepositoryException {
		String target = normalise(destinationPath);
		if (destination.hasModel(target)) {
			throw new RepositoryException(destination.address() + " already has a model at " + target
					+ "; copy to another path or remove it first");
		}
		List<CommitRecord> copied = new ArrayList<>();
		for (CommitRecord commit : log(path)) {
			PlacewiseModel version;
			try {
				version = readCopyAt(path, commit.time());
			} catch (RepositoryException removed) {
				// The commit removed the model: nothing to replay (a later commit may add it again).
				continue;
			}
			CommitRecord made = destination.commitVersion(target, version, commit.copiedComment());
			if (made != null) {
				copied.add(made);
			}
		}
		return copied;
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
			long created = session.getRepositoryInfo().getCreationTime();
			if (time < created) {
				throw new RepositoryException("There was no model at " + resourcePath + " at " + java.time.Instant
						.ofEpochMilli(time) + ": the repository was only created at "
						+ java.time.Instant.ofEpochMilli(
								created));
			}
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
	 * The commits that touched one model, oldest first: what a history view of that model lists (the same as
	 * {@link #log(String)}).
	 *
	 * @param path repository path of the model
	 * @return its commits, oldest first, with the objects each touched
	 * @throws RepositoryException when there is no model at that path or the connection was lost
	 */
	public List<CommitRecord> historyOf(String path) throws RepositoryException {
		return log(path);
	}

	/**
	 * The history of one model: the commits that touched it (added, changed or removed any of its objects, or the model
	 * itself), oldest first, each with the ids of only this model's objects it touched.
	 *
	 * @param path repository path of the model
	 * @return its commits
	 * @throws RepositoryException when there is no model at that path
	 */
	public List<CommitRecord> log(String path) throws RepositoryException {
		String resourcePath = normalise(path);
		CDOID resourceId;
		CDOView view = openView();
		try {
			if (!view.hasResource(resourcePath)) {
				throw new RepositoryException("The repository has no model at " + resourcePath);
			}
			resourceId = view.getResource(resourcePath).cdoID();
		} catch (RuntimeException e) {
			throw lostOr(e);
		} finally {
			view.close();
		}
		try {
			List<CDOCommitInfo> infos = new ArrayList<>();
			session.getCommitInfoManager().getCommitInfos(null, 0, Long.MAX_VALUE, infos::add);
			Map<CDOID, CDOID> resources = new HashMap<>();
			List<CommitRecord> records = new ArrayList<>();
			for (CDOCommitInfo info : infos) {
				CDOBranch branch = info.getBranch() != null ? info.getBranch()
						: session.getBranchManager().getMainBranch();
				long time = info.getTimeStamp();
				boolean[] touched = new boolean[1];
				Predicate<CDOID> inModel = id -> {
					boolean inside = resourceId.equals(resourceOf(id, branch, time, resources));
					touched[0] |= inside;
					return inside;
				};
				Predicate<CDOID> removedFromModel = id -> {
					boolean inside = resourceId.equals(resourceOf(id, branch, time - 1, resources));
					touched[0] |= inside;
					return inside;
				};
				CommitRecord record = record(info, inModel, removedFromModel);
				if (touched[0]) {
					records.add(record);
				}
			}
			return records;
		} catch (RuntimeException e) {
			throw lostOr(e);
		}
	}

	/** The resource an object is in, found by climbing its containers; remembered per object. */
	private CDOID resourceOf(CDOID id, CDOBranch branch, long time, Map<CDOID, CDOID> known) {
		CDOID resource = known.get(id);
		if (resource != null) {
			return resource;
		}
		CDORevision revision = session.getRevisionManager().getRevision(id, branch.getPoint(time),
				CDORevision.UNCHUNKED, CDORevision.DEPTH_NONE, true);
		if (revision == null) {
			return CDOID.NULL;
		}
		if (revision.isResourceNode()) {
			resource = id;
		} else if (revision.data().getResourceID() != null && !revision.data().getResourceID().isNull()) {
			resource = revision.data().getResourceID();
		} else if (revision.data().getContainerID() instanceof CDOID container && !container.isNull()) {
			resource = resourceOf(container, branch, time, known);
		} else {
			resource = CDOID.NULL;
		}
		known.put(id, resource);
		return resource;
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
		return record(info, id -> true, id -> true);
	}

	/** The commit record with the model ids of those objects the filters let through. */
	private CommitRecord record(CDOCommitInfo info, Predicate<CDOID> present, Predicate<CDOID> removedBefore) {
		CDOBranch branch = info.getBranch() != null ? info.getBranch() : session.getBranchManager().getMainBranch();
		long time = info.getTimeStamp();
		List<String> added = new ArrayList<>();
		for (CDOIDAndVersion key : info.getNewObjects()) {
			if (present.test(key.getID())) {
				addId(added, key.getID(), branch, time);
			}
		}
		List<String> changed = new ArrayList<>();
		for (CDORevisionKey key : info.getChangedObjects()) {
			if (present.test(key.getID())) {
				addId(changed, key.getID(), branch, time);
			}
		}
		List<String> removed = new ArrayList<>();
		for (CDOIDAndVersion key : info.getDetachedObjects()) {
			// Gone at the commit: its id is in the revision just before.
			if (removedBefore.test(key.getID())) {
				addId(removed, key.getID(), branch, time - 1);
			}
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

	/**
	 * @param book where this connection keeps the tickets that take a user's reservations back when a model is opened
	 *             again (by default a book shared by the connections of this process)
	 */
	public void setReservationBook(ReservationBook book) {
		this.reservationBook = java.util.Objects.requireNonNull(book);
	}

	/**
	 * Opens a model's transaction with the reservations the user left on it, when the book has a ticket for it: the
	 * server hands them back to the new transaction. A ticket the server no longer knows (an admin released the
	 * reservations) is forgotten; when the user has the model open elsewhere already, that copy keeps them and this one
	 * opens without.
	 */
	private CDOTransaction openTransaction(String model) throws RepositoryException {
		String ticket = reservationBook.ticket(model).orElse(null);
		if (ticket == null) {
			return openTransaction();
		}
		checkConnected();
		try {
			return session.openTransaction(ticket);
		} catch (RuntimeException e) {
			if (isLost()) {
				throw lost(e);
			}
			if (rootMessage(e).contains("LockAreaNotFound") || e instanceof LockAreaNotFoundException) {
				reservationBook.forget(model);
			}
			return openTransaction();
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
		if (tunnel != null) {
			tunnel.close();
		}
	}

	@Override
	public String toString() {
		return "Placewise repository " + address;
	}
}
