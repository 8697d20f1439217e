package org.placewise.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.sql.DataSource;

import org.eclipse.emf.cdo.internal.server.Repository;
import org.eclipse.emf.cdo.common.lock.IDurableLockingManager.LockArea;
import org.eclipse.emf.cdo.server.CDOServerUtil;
import org.eclipse.emf.cdo.server.IRepository;
import org.eclipse.emf.cdo.server.ISession;
import org.eclipse.emf.cdo.server.IStore;
import org.eclipse.emf.cdo.server.IView;
import org.eclipse.emf.cdo.server.StoreThreadLocal;
import org.eclipse.emf.cdo.server.db.CDODBUtil;
import org.eclipse.emf.cdo.server.db.mapping.IMappingStrategy;
import org.eclipse.emf.cdo.server.net4j.CDONet4jServerUtil;
import org.eclipse.emf.cdo.spi.server.InternalRepository;
import org.eclipse.emf.cdo.spi.server.InternalSession;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.cdo.server.db.IDBStore;
import org.eclipse.emf.cdo.spi.common.model.InternalCDOPackageUnit;
import org.eclipse.net4j.Net4jUtil;
import org.eclipse.net4j.acceptor.IAcceptor;
import org.eclipse.net4j.db.DBUtil;
import org.eclipse.net4j.db.IDBAdapter;
import org.eclipse.net4j.internal.tcp.TCPAcceptor;
import org.eclipse.net4j.tcp.TCPUtil;
import org.eclipse.net4j.util.container.ContainerUtil;
import org.eclipse.net4j.util.concurrent.RWOLockManager.LockState;
import org.eclipse.net4j.util.container.IManagedContainer;
import org.eclipse.net4j.util.lifecycle.LifecycleUtil;
import org.h2.jdbcx.JdbcDataSource;
import org.placewise.server.ServerConfiguration.PostgreSqlSettings;
import org.placewise.server.ServerConfiguration.TlsSettings;
import org.placewise.server.internal.AdminChannel;
import org.placewise.server.internal.AuditLog;
import org.placewise.server.internal.H2Backup;
import org.placewise.server.internal.TlsFrontDoor;
import org.placewise.server.internal.GuardedSessionManager;
import org.placewise.server.internal.LoginTimeout;
import org.placewise.server.internal.OwnerOnly;
import org.placewise.server.internal.PlacewiseH2Adapter;
import org.placewise.server.internal.PostgreSqlAdapter;
import org.placewise.server.internal.ProtocolErrorFilter;
import org.placewise.server.internal.RoleLockingManager;
import org.placewise.server.internal.StoredModelFormat;
import org.placewise.store.repository.Reservation;
import org.eclipse.emf.cdo.server.IQueryHandler;
import org.eclipse.emf.cdo.spi.server.ContainerQueryHandlerProvider;
import org.placewise.server.internal.RoleWriteAccessHandler;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A running Placewise model repository: one CDO 4.7 repository with audits (history) on, stored in H2 or PostgreSQL,
 * served over TCP (or TLS only, through a JDK TLS front door, see {@link TlsFrontDoor}) to authenticated users whose
 * roles are enforced on every commit.
 * <p>
 * The server owns its Net4j container (never the platform-wide one, which has no CDO factories in Placewise) and is
 * stopped by {@link #close()}. Every commit a client saw acknowledged is in the database: H2 is opened so that each
 * commit reaches the file before the acknowledgement, and PostgreSQL commits are durable by default.
 */
public final class RepositoryServer implements AutoCloseable {
	/** File name (without H2's {@code .h2.db}) of the H2 database inside the data directory. */
	public static final String H2_DATABASE_NAME = "repository";

	/** File name of the audit log (logins, refusals, commits) inside the data directory. */
	public static final String AUDIT_LOG_NAME = "audit.log";

	/**
	 * A lock a user holds on one object.
	 *
	 * @param user             the user who holds it
	 * @param object           the locked object's CDO id
	 * @param type             {@code read}, {@code write} or {@code write option}
	 * @param durableLockingId the durable lock area it belongs to, or {@code null} for a lock that ends with the
	 *                         session
	 */
	public record HeldLock(String user, String object, String type, String durableLockingId) {
	}

	private final ServerConfiguration configuration;

	private final UsersFile users;

	private final LoginThrottle loginThrottle;

	private final AuditLog audit;

	private IManagedContainer container;

	private RoleLockingManager lockingManager;

	private LoginTimeout loginTimeout;

	private InternalRepository repository;

	private IAcceptor acceptor;

	private TlsFrontDoor frontDoor;

	private AdminChannel adminChannel;

	private DataSource dataSource;

	private int port;

	private boolean closed;

	private RepositoryServer(ServerConfiguration configuration, UsersFile users, AuditLog audit) {
		this.configuration = configuration;
		this.users = users;
		this.audit = audit;
		this.loginThrottle = new LoginThrottle(configuration.clock());
	}

	/**
	 * Starts a server: creates the data directory and the database on first start, opens the repository and accepts
	 * connections.
	 *
	 * @param configuration what to start
	 * @return the running server
	 * @throws RepositoryServerException with a plain-English reason if it cannot start; nothing is left running
	 */
	public static RepositoryServer start(ServerConfiguration configuration) throws RepositoryServerException {
		SSLContext tls = configuration.tls() != null ? tlsContext(configuration.tls()) : null;
		UsersFile users;
		try {
			// Owner-only (0700, files 0600): the database holds every model, the users file the password hashes.
			OwnerOnly.secureDirectory(configuration.dataDirectory());
			OwnerOnly.secureFile(configuration.usersFile());
			users = UsersFile.open(configuration.usersFile());
		} catch (IOException ex) {
			throw new RepositoryServerException("Cannot prepare data directory " + configuration.dataDirectory() + ": "
					+ ex.getMessage(), ex);
		}
		if (users.userNames().isEmpty()) {
			throw new RepositoryServerException("Nobody could log in: the users file " + users.file()
					+ " has no users. Add one with 'placewise server add-user --users " + users.file() + " NAME ROLE'");
		}
		AuditLog audit;
		try {
			audit = new AuditLog(configuration.dataDirectory().resolve(AUDIT_LOG_NAME), configuration.clock());
		} catch (IOException ex) {
			throw new RepositoryServerException("Cannot open the audit log in " + configuration.dataDirectory() + ": "
					+ ex.getMessage(), ex);
		}
		RepositoryServer server = new RepositoryServer(configuration, users, audit);
		try {
			server.startContainerAndRepository();
			server.checkStoredModelFormat();
			server.startAcceptor(tls);
			server.adminChannel = AdminChannel.open(configuration.dataDirectory(), server::administer);
			// H2 created its files with the process umask; the directory already kept them private.
			OwnerOnly.secureDirectory(configuration.dataDirectory());
			return server;
		} catch (RepositoryServerException ex) {
			server.close();
			throw ex;
		} catch (IOException ex) {
			server.close();
			throw new RepositoryServerException("Cannot make the data directory " + configuration.dataDirectory()
					+ " owner-only: " + ex.getMessage(), ex);
		} catch (RuntimeException ex) {
			server.close();
			throw new RepositoryServerException(describeStartFailure(configuration, ex), ex);
		}
	}

	private void startContainerAndRepository() throws RepositoryServerException {
		// One line, not a stack trace, for every connection that sends garbage.
		ProtocolErrorFilter.install();
		container = ContainerUtil.createContainer();
		Net4jUtil.prepareContainer(container);
		TCPUtil.prepareContainer(container);
		CDONet4jServerUtil.prepareContainer(container);
		container.activate();

		IStore store = createStore();
		Map<String, String> properties = new HashMap<>();
		properties.put(IRepository.Props.SUPPORTING_AUDITS, Boolean.TRUE.toString());
		properties.put(IRepository.Props.SUPPORTING_BRANCHES, Boolean.FALSE.toString());
		repository = (InternalRepository) CDOServerUtil.createRepository(configuration.repositoryName(), store,
				properties);
		// Without this the repository looks its factories up in the platform container, which has none here.
		repository.setContainer(container);
		if (!configuration.packages().isEmpty() && repository instanceof Repository cdoRepository) {
			// CDO internal: setInitialPackages has no API or SPI counterpart in CDO 4.7.
			// Registered when the repository is created; later clients bring their own copies by namespace URI.
			cdoRepository.setInitialPackages(configuration.packages().toArray(EPackage[]::new));
		}
		repository.setSessionManager(new GuardedSessionManager(users, loginThrottle, audit,
				configuration.maxSessionsPerUser()));
		lockingManager = new RoleLockingManager(users, audit, configuration.clock());
		// CDO 4.7 has no lock access handler; the lock manager itself applies the role rules (only settable on the
		// class).
		((Repository) repository).setLockingManager(lockingManager);
		repository.addHandler(new RoleWriteAccessHandler(users, audit));
		// Who reserved what, since when: a query language of our own, answered by the lock manager; every other
		// language goes where CDO would send it.
		ContainerQueryHandlerProvider others = new ContainerQueryHandlerProvider(container);
		IQueryHandler reservations = lockingManager.reservationsQuery();
		repository.setQueryHandlerProvider(info -> Reservation.QUERY_LANGUAGE.equals(info.getQueryLanguage())
				? reservations
				: others.getQueryHandler(info));
		CDOServerUtil.addRepository(container, repository);
	}

	/**
	 * Refuses a repository created with other model packages under the same namespace URIs (an earlier format). The
	 * packages are read as the store keeps them: CDO's own registry would answer with this version's generated
	 * packages, which share the namespace URIs.
	 */
	private void checkStoredModelFormat() throws RepositoryServerException {
		if (!(repository.getStore() instanceof IDBStore store) || configuration.packages().isEmpty()) {
			return;
		}
		String location = configuration.storeKind() == StoreKind.POSTGRESQL ? configuration.postgreSql().toString()
				: configuration.dataDirectory().toString();
		Map<String, EPackage> stored = new HashMap<>();
		try (java.sql.Connection connection = dataSource.getConnection()) {
			for (InternalCDOPackageUnit unit : store.getMetaDataManager().readPackageUnits(connection)) {
				if (configuration.packages().stream().anyMatch(p -> p.getNsURI().equals(unit.getID()))) {
					for (EPackage ePackage : store.getMetaDataManager().loadPackageUnit(connection, unit)) {
						stored.put(ePackage.getNsURI(), ePackage);
					}
				}
			}
		} catch (java.sql.SQLException e) {
			throw new RepositoryServerException("Cannot read the model packages of the repository in " + location
					+ ": " + e.getMessage(), e);
		}
		for (EPackage expected : configuration.packages()) {
			EPackage kept = stored.get(expected.getNsURI());
			List<String> differences = kept == null ? List.of() : StoredModelFormat.differences(kept, expected);
			if (!differences.isEmpty()) {
				throw new RepositoryServerException(
						StoredModelFormat.refusal(location, expected.getNsURI(), differences));
			}
		}
	}

	private IStore createStore() throws RepositoryServerException {
		IDBAdapter adapter;
		DataSource dataSource;
		if (configuration.storeKind() == StoreKind.POSTGRESQL) {
			PostgreSqlSettings settings = configuration.postgreSql();
			PGSimpleDataSource postgres = new PGSimpleDataSource();
			postgres.setServerNames(new String[] { settings.host() });
			postgres.setPortNumbers(new int[] { settings.port() });
			postgres.setDatabaseName(settings.database());
			postgres.setUser(settings.user());
			postgres.setPassword(new String(settings.password()));
			postgres.setApplicationName("placewise-server");
			checkReachable(postgres, settings.toString());
			adapter = new PostgreSqlAdapter();
			dataSource = postgres;
		} else {
			JdbcDataSource h2 = new JdbcDataSource();
			Path database = configuration.dataDirectory().toAbsolutePath().resolve(H2_DATABASE_NAME);
			// DB_CLOSE_ON_EXIT=FALSE: our shutdown hook closes the repository first and H2 last, not the other
			// way round. WRITE_DELAY=0: each commit is written to the file before CDO acknowledges it (survives
			// kill -9). PageStore, not H2 1.4's default MVStore: with WRITE_DELAY=0 the MVStore only *tries* to
			// write at commit and skips it while another session is writing, so a kill -9 under concurrent commits
			// lost an acknowledged commit (ProcessLifecycleTest). The PageStore writes its transaction log at every
			// commit.
			h2.setURL("jdbc:h2:" + database + ";MV_STORE=FALSE;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
			h2.setUser("placewise");
			h2.setPassword("");
			checkReachable(h2, "the H2 database in " + configuration.dataDirectory());
			adapter = new PlacewiseH2Adapter();
			dataSource = h2;
		}
		this.dataSource = dataSource;
		IMappingStrategy mappingStrategy = CDODBUtil.createHorizontalMappingStrategy(true, false);
		// CDO 4.7 otherwise creates a class's tables lazily at its first commit, and two clients committing the first
		// instances of a class at the same moment race ("IDBTable exists"); eagerly, tables are created when the
		// package is registered, which CDO serialises.
		Map<String, String> mappingProperties = new HashMap<>(mappingStrategy.getProperties());
		mappingProperties.put(IMappingStrategy.Props.EAGER_TABLE_CREATION, Boolean.TRUE.toString());
		// Tables are named package_Class: packages an admin adds later may reuse a Placewise class name (Board,
		// Delegation), and with plain class names both would map to one table and the second package could not
		// be added.
		mappingProperties.put(IMappingStrategy.Props.QUALIFIED_NAMES, Boolean.TRUE.toString());
		mappingStrategy.setProperties(mappingProperties);
		return CDODBUtil.createStore(mappingStrategy, adapter, DBUtil.createConnectionProvider(dataSource));
	}

	private static void checkReachable(DataSource dataSource, String what) throws RepositoryServerException {
		try (var connection = dataSource.getConnection()) {
			connection.isValid(5);
		} catch (SQLException ex) {
			String reason = ex.getMessage();
			if (reason != null && reason.contains("Database may be already in use")) {
				reason = "another Placewise server (or program) has it open";
			}
			throw new RepositoryServerException("Cannot open " + what + ": " + reason, ex);
		}
	}

	private void startAcceptor(SSLContext tls) throws RepositoryServerException {
		// With TLS, CDO's plain acceptor is reachable from this machine only; the TLS front door faces the network.
		String host = tls != null ? LOOPBACK : configuration.host();
		int acceptorPort = tls != null ? 0 : configuration.port();
		try {
			acceptor = TCPUtil.getAcceptor(container, host + ":" + acceptorPort);
		} catch (RuntimeException ex) {
			if (hasCause(ex, BindException.class)) {
				throw new RepositoryServerException(
						"Port " + configuration.port() + " on " + configuration.host()
								+ " is already in use or not available",
						ex);
			}
			throw ex;
		}
		port = actualPort(acceptor, acceptorPort);
		if (tls != null) {
			try {
				frontDoor = TlsFrontDoor.open(tls, configuration.host(), configuration.port(), port, audit);
			} catch (IOException ex) {
				throw new RepositoryServerException("Port " + configuration.port() + " on " + configuration.host()
						+ " is already in use or not available (" + ex.getMessage() + ")", ex);
			}
			port = frontDoor.port();
		}
		loginTimeout = new LoginTimeout(acceptor, repository.getSessionManager(), configuration.loginTimeout(), audit);
	}

	private static final String LOOPBACK = "127.0.0.1";

	/**
	 * Checks the key store (so its problems are named) and makes the TLS context of the front door. Net4j 4.7's own TLS
	 * connector completes the handshake on Java 21+ and then never registers the channel, so it is not used.
	 */
	private static SSLContext tlsContext(TlsSettings tls) throws RepositoryServerException {
		if (!Files.isReadable(tls.keyStore())) {
			throw new RepositoryServerException("Cannot read the TLS key store " + tls.keyStore());
		}
		KeyStore keyStore = checkCertificates(tls);
		try {
			KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			keys.init(keyStore, tls.password());
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(keys.getKeyManagers(), null, null);
			return context;
		} catch (GeneralSecurityException ex) {
			throw new RepositoryServerException("Cannot use the key in the TLS key store " + tls.keyStore() + ": "
					+ ex.getMessage(), ex);
		}
	}

	private static KeyStore checkCertificates(TlsSettings tls) throws RepositoryServerException {
		KeyStore keyStore;
		try (InputStream in = Files.newInputStream(tls.keyStore())) {
			keyStore = KeyStore.getInstance(KeyStore.getDefaultType());
			keyStore.load(in, tls.password());
		} catch (IOException | GeneralSecurityException ex) {
			throw new RepositoryServerException(
					"Cannot open the TLS key store " + tls.keyStore() + " (wrong password or not a "
							+ "PKCS12/JKS key store): " + ex.getMessage(),
					ex);
		}
		try {
			boolean hasKey = false;
			for (String alias : Collections.list(keyStore.aliases())) {
				hasKey |= keyStore.isKeyEntry(alias);
				if (keyStore.getCertificate(alias) instanceof X509Certificate certificate) {
					try {
						certificate.checkValidity();
					} catch (CertificateExpiredException | CertificateNotYetValidException ex) {
						throw new RepositoryServerException("The TLS certificate '" + alias + "' in " + tls.keyStore()
								+ " is valid only from " + certificate.getNotBefore() + " to "
								+ certificate.getNotAfter(), ex);
					}
				}
			}
			if (!hasKey) {
				throw new RepositoryServerException("The TLS key store " + tls.keyStore() + " holds no private key");
			}
			return keyStore;
		} catch (KeyStoreException ex) {
			throw new RepositoryServerException(
					"Cannot read the TLS key store " + tls.keyStore() + ": " + ex.getMessage(),
					ex);
		}
	}

	private static int actualPort(IAcceptor acceptor, int configured) {
		// CDO internal: ITCPAcceptor.getPort() is the configured port; only the internal TCPAcceptor knows
		// the port the system gave to port 0.
		if (acceptor instanceof TCPAcceptor tcp && tcp.getSelectionKey() != null
				&& tcp.getSelectionKey().channel() instanceof ServerSocketChannel channel) {
			try {
				if (channel.getLocalAddress() instanceof InetSocketAddress local) {
					return local.getPort();
				}
			} catch (IOException ex) {
				// Fall back to the configured port.
			}
		}
		return configured;
	}

	private static String describeStartFailure(ServerConfiguration configuration, RuntimeException ex) {
		if (hasCause(ex, BindException.class)) {
			return "Port " + configuration.port() + " on " + configuration.host()
					+ " is already in use or not available";
		}
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return "The repository '" + configuration.repositoryName() + "' could not start: " + root.getMessage();
	}

	private static boolean hasCause(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	/** @return the configuration this server was started with */
	public ServerConfiguration configuration() {
		return configuration;
	}

	/** @return the users file the server checks logins and roles against */
	public UsersFile users() {
		return users;
	}

	/** @return the back-off after failed logins (an admin may lift a user's with {@link LoginThrottle#clear}) */
	public LoginThrottle loginThrottle() {
		return loginThrottle;
	}

	/** @return the audit log file: logins, refused logins, commits and refusals, with who, when and from where */
	public Path auditLog() {
		return audit.file();
	}

	/** Answers {@code placewise server backup|locks|unlock} sent through the {@link AdminChannel}. */
	private List<String> administer(String command, List<String> arguments) throws Exception {
		switch (command) {
		case "backup" -> {
			Path target = Path.of(String.join(" ", arguments));
			backup(target);
			return List.of("Backed up the running repository to " + target);
		}
		case "locks" -> {
			Map<String, String> since = new HashMap<>();
			for (String[] reservation : lockingManager.reservations()) {
				since.put(reservation[0] + " " + reservation[1],
						java.time.Instant.ofEpochMilli(Long.parseLong(reservation[2])).toString());
			}
			return locks().stream().map(lock -> lock.user() + " " + lock.type() + " " + lock.object()
					+ (lock.durableLockingId() != null ? " durable " + lock.durableLockingId() : "")
					+ ("write".equals(lock.type()) && since.containsKey(lock.object() + " " + lock.user())
							? " reserved since " + since.get(lock.object() + " " + lock.user())
							: ""))
					.toList();
		}
		case "unlock" -> {
			if (arguments.size() != 2) {
				throw new IllegalArgumentException("unlock needs USER and ADMIN");
			}
			int broken = breakLocks(arguments.get(0), arguments.get(1));
			return List.of(Integer.toString(broken));
		}
		default -> throw new IllegalArgumentException("Unknown request '" + command + "'");
		}
	}

	/**
	 * Backs up the running repository, consistently while clients go on committing: H2's {@code BACKUP TO} on a live
	 * connection (the database file with its transaction log), zipped with the users file. A PostgreSQL store is backed
	 * up with PostgreSQL's own {@code pg_dump}, which is consistent while the server runs.
	 *
	 * @param target the zip file to write (replaced only when the backup is complete)
	 * @throws RepositoryServerException for a PostgreSQL store
	 * @throws IOException               when the backup cannot be written
	 */
	public void backup(Path target) throws RepositoryServerException, IOException {
		if (configuration.storeKind() != StoreKind.H2) {
			throw new RepositoryServerException(PG_BACKUP);
		}
		H2Backup.write(dataSource, configuration.usersFile(), target);
	}

	/** What to do instead of {@code placewise server backup} for a PostgreSQL store. */
	public static final String PG_BACKUP = "This repository is stored in PostgreSQL: back it up with pg_dump (consistent "
			+ "while the server runs) and copy the users file";

	/**
	 * Backs up the H2 repository in a data directory: through the server running on it when there is one (so the copy
	 * is consistent while it runs), else by opening the database directly.
	 *
	 * @param dataDirectory the data directory
	 * @param usersFile     the users file to include
	 * @param target        the zip file to write
	 * @return {@code true} when a running server made the backup, {@code false} when the database was opened directly
	 * @throws IOException when there is no repository there or the backup cannot be written
	 */
	public static boolean backup(Path dataDirectory, Path usersFile, Path target) throws IOException {
		if (AdminChannel.request(dataDirectory, "backup", target.toAbsolutePath().toString()) != null) {
			return true;
		}
		Path database = dataDirectory.toAbsolutePath().resolve(H2_DATABASE_NAME);
		if (!Files.exists(dataDirectory.resolve(H2_DATABASE_NAME + ".h2.db"))) {
			throw new IOException("There is no H2 repository in " + dataDirectory + " (no " + H2_DATABASE_NAME
					+ ".h2.db); for a PostgreSQL store use pg_dump");
		}
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:" + database + ";MV_STORE=FALSE;IFEXISTS=TRUE");
		h2.setUser("placewise");
		h2.setPassword("");
		H2Backup.write(h2, usersFile, target);
		return false;
	}

	/**
	 * Lists every lock held on the repository: those of open sessions and durable ones (which survive sessions and
	 * restarts).
	 *
	 * @return the locks, one per user, object and lock type
	 */
	public synchronized List<HeldLock> locks() {
		return withStoreAccess(this::collectLocks);
	}

	private List<HeldLock> collectLocks() {
		Set<HeldLock> locks = new LinkedHashSet<>();
		for (LockState<Object, IView> state : lockingManager.getLockStates()) {
			String object = String.valueOf(lockingManager.getLockKeyID(state.getLockedObject()));
			for (IView owner : state.getReadLockOwners()) {
				locks.add(new HeldLock(ownerName(owner), object, "read", owner.getDurableLockingID()));
			}
			if (state.getWriteLockOwner() != null) {
				locks.add(new HeldLock(ownerName(state.getWriteLockOwner()), object, "write",
						state.getWriteLockOwner().getDurableLockingID()));
			}
			if (state.getWriteOptionOwner() != null) {
				locks.add(new HeldLock(ownerName(state.getWriteOptionOwner()), object, "write option",
						state.getWriteOptionOwner().getDurableLockingID()));
			}
		}
		for (LockArea area : lockAreas()) {
			area.getLocks().forEach((id, grade) -> {
				if (grade.isRead()) {
					locks.add(new HeldLock(area.getUserID(), String.valueOf(id), "read", area.getDurableLockingID()));
				}
				if (grade.isWrite()) {
					locks.add(new HeldLock(area.getUserID(), String.valueOf(id), "write", area.getDurableLockingID()));
				}
				if (grade.isOption()) {
					locks.add(new HeldLock(area.getUserID(), String.valueOf(id), "write option",
							area.getDurableLockingID()));
				}
			});
		}
		return new ArrayList<>(locks);
	}

	/**
	 * Breaks every lock a user holds, in open sessions and durable ones, so that others may commit again (an admin's
	 * action; recorded in the audit log).
	 *
	 * @param user  the user whose locks are broken
	 * @param admin who breaks them, for the audit log
	 * @return how many of the user's locks were broken
	 */
	public synchronized int breakLocks(String user, String admin) {
		return withStoreAccess(() -> breakLocksNow(user, admin));
	}

	private int breakLocksNow(String user, String admin) {
		int broken = (int) collectLocks().stream().filter(lock -> lock.user().equals(user)).count();
		Set<IView> owners = new LinkedHashSet<>();
		for (LockState<Object, IView> state : lockingManager.getLockStates()) {
			state.getReadLockOwners().stream().filter(owner -> user.equals(ownerName(owner))).forEach(owners::add);
			if (state.getWriteLockOwner() != null && user.equals(ownerName(state.getWriteLockOwner()))) {
				owners.add(state.getWriteLockOwner());
			}
			if (state.getWriteOptionOwner() != null && user.equals(ownerName(state.getWriteOptionOwner()))) {
				owners.add(state.getWriteOptionOwner());
			}
		}
		Set<String> durableAreas = new LinkedHashSet<>();
		for (IView owner : owners) {
			lockingManager.unlock2(true, owner);
			if (owner.getDurableLockingID() != null) {
				durableAreas.add(owner.getDurableLockingID());
			}
		}
		lockAreas().stream().filter(area -> user.equals(area.getUserID())).map(LockArea::getDurableLockingID)
				.forEach(durableAreas::add);
		durableAreas.forEach(lockingManager::deleteLockArea);
		audit.record("LOCKS-BROKEN", admin, "local", "owner=" + user + " locks=" + broken);
		return broken;
	}

	/** Runs server-side work that reads durable locks: CDO finds its store accessor through a session of its own. */
	private <T> T withStoreAccess(java.util.function.Supplier<T> work) {
		InternalSession session = repository.getSessionManager().openSession(null);
		StoreThreadLocal.setSession(session);
		try {
			return work.get();
		} finally {
			StoreThreadLocal.release();
			session.close();
		}
	}

	private List<LockArea> lockAreas() {
		List<LockArea> areas = new ArrayList<>();
		lockingManager.getLockAreas("", area -> {
			areas.add(area);
			return true;
		});
		return areas;
	}

	private String ownerName(IView owner) {
		ISession session = owner.getSession();
		if (session != null) {
			return session.getUserID();
		}
		String durableLockingId = owner.getDurableLockingID();
		if (durableLockingId != null) {
			for (LockArea area : lockAreas()) {
				if (durableLockingId.equals(area.getDurableLockingID())) {
					return area.getUserID();
				}
			}
		}
		return "unknown";
	}

	/** @return the address the server listens on */
	public String host() {
		return configuration.host();
	}

	/**
	 * @return the TCP port actually listened on (the free port picked when configured with 0); the TLS port with TLS
	 */
	public int port() {
		return port;
	}

	/** @return the repository name clients connect to */
	public String repositoryName() {
		return configuration.repositoryName();
	}

	/** @return the CDO repository, for server-side tools and tests */
	public IRepository repository() {
		return repository;
	}

	/** @return whether the server is accepting connections */
	public synchronized boolean isRunning() {
		return !closed && LifecycleUtil.isActive(repository) && LifecycleUtil.isActive(acceptor);
	}

	/**
	 * Stops accepting connections, closes the repository (which records a clean shutdown in the store) and the
	 * container. Safe to call more than once and from a shutdown hook.
	 */
	@Override
	public synchronized void close() {
		if (closed) {
			return;
		}
		closed = true;
		if (adminChannel != null) {
			adminChannel.close();
		}
		if (frontDoor != null) {
			frontDoor.close();
		}
		if (loginTimeout != null) {
			loginTimeout.close();
		}
		LifecycleUtil.deactivate(acceptor);
		LifecycleUtil.deactivate(repository);
		LifecycleUtil.deactivate(container);
		audit.close();
	}

	@Override
	public String toString() {
		return "Placewise repository '" + repositoryName() + "' on " + host() + ":" + port() + " ("
				+ configuration.storeKind().optionName() + (configuration.tls() != null ? ", TLS" : "") + ")";
	}
}
