package org.placewise.server.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.cdo.common.id.CDOID;
import org.eclipse.emf.cdo.common.id.CDOIDUtil;
import org.eclipse.emf.cdo.common.lock.IDurableLockingManager.LockArea;
import org.eclipse.emf.cdo.common.util.CDOQueryInfo;
import org.eclipse.emf.cdo.server.IQueryContext;
import org.eclipse.emf.cdo.server.IQueryHandler;
import org.eclipse.emf.cdo.internal.server.LockingManager;
import org.eclipse.emf.cdo.server.IStoreAccessor;
import org.eclipse.emf.cdo.server.IStoreAccessor.DurableLocking;
import org.eclipse.emf.cdo.server.IView;
import org.eclipse.emf.cdo.server.StoreThreadLocal;
import org.eclipse.emf.cdo.spi.server.InternalStore;
import org.eclipse.emf.cdo.spi.server.InternalSession;
import org.eclipse.emf.cdo.spi.server.InternalView;
import org.eclipse.net4j.util.concurrent.IRWLockManager.LockType;
import org.eclipse.net4j.util.concurrent.RWOLockManager.LockState;
import org.placewise.server.Role;
import org.placewise.server.UsersFile;
import org.placewise.store.repository.Reservation;

/**
 * CDO's lock manager with the same role rules as commits: a lock a client asks for (read, write or write option, and
 * any durable lock area) is refused unless the user may commit. A viewer's lock would block editors' commits; a durable
 * one even across restarts. Locks CDO takes for a commit it is running (implicit locks) and the repository's own
 * in-process sessions are not checked here: the commit itself is.
 * <p>
 * An explicit write lock a user takes is a <em>reservation</em> ("Reserve for editing" in the workbench): the manager
 * records who took it and when, answers the {@value Reservation#QUERY_LANGUAGE} query with them, and refuses at once,
 * naming the holder, any other user's commit or lock that needs the object, rather than letting it wait for the lock
 * and time out.
 */
public final class RoleLockingManager extends LockingManager {
	/**
	 * An explicit write lock: who holds it (the editor's view, or the durable locking id of a reservation that outlives
	 * the editor), whose it is and since when.
	 */
	private record Held(Object owner, String user, long since) {
		/** @return whether a view (open or durable) holds the locks of this reservation */
		boolean heldBy(IView view) {
			return view != null && (owner == view || owner.equals(view.getDurableLockingID()));
		}
	}

	/** Store property holding since when a durable reservation is held: key prefix, then lock area id and CDO id. */
	private static final String SINCE_PROPERTY = "placewise.reserved.";

	private final UsersFile users;

	private final AuditLog audit;

	private final Clock clock;

	private final Map<Object, Held> reservations = new ConcurrentHashMap<>();

	/**
	 * @param users where roles are looked up
	 * @param audit where refusals are recorded
	 * @param clock when reservations are taken
	 */
	public RoleLockingManager(UsersFile users, AuditLog audit, Clock clock) {
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public List<LockState<Object, IView>> lock2(boolean explicit, LockType type, IView view,
			Collection<? extends Object> objects, boolean recursive, long timeout) throws InterruptedException {
		if (explicit) {
			checkMayLock(view, type + " lock on " + objects.size() + " object(s)");
		}
		refuseIfReservedByOthers(type, view, objects);
		List<Object> newlyReserved = explicit ? notYetReservedBy(type, view, objects) : List.of();
		List<LockState<Object, IView>> states = super.lock2(explicit, type, view, objects, recursive, timeout);
		recordReservations(view, newlyReserved);
		return states;
	}

	@Override
	public void lock(boolean explicit, LockType type, IView view, Collection<? extends Object> objects, long timeout)
			throws InterruptedException {
		if (explicit) {
			checkMayLock(view, type + " lock on " + objects.size() + " object(s)");
		}
		refuseIfReservedByOthers(type, view, objects);
		List<Object> newlyReserved = explicit ? notYetReservedBy(type, view, objects) : List.of();
		super.lock(explicit, type, view, objects, timeout);
		recordReservations(view, newlyReserved);
	}

	private List<Object> notYetReservedBy(LockType type, IView view, Collection<? extends Object> objects) {
		if (type != LockType.WRITE) {
			return List.of();
		}
		List<Object> fresh = new ArrayList<>();
		for (Object key : objects) {
			if (!hasLock(LockType.WRITE, view, key)) {
				fresh.add(key);
			}
		}
		return fresh;
	}

	private void recordReservations(IView view, List<Object> keys) {
		if (keys.isEmpty() || !(view.getSession() instanceof InternalSession session)) {
			return;
		}
		long now = clock.millis();
		String durable = view.getDurableLockingID();
		Map<String, String> since = new HashMap<>();
		for (Object key : keys) {
			reservations.put(key, new Held(durable != null ? durable : view, session.getUserID(), now));
			if (durable != null) {
				since.put(sinceProperty(durable, key), Long.toString(now));
			}
		}
		if (!since.isEmpty()) {
			// Kept with the lock area in the store, so that a restarted server still says since when.
			getRepository().getStore().setPersistentProperties(since);
		}
	}

	private String sinceProperty(String lockAreaId, Object key) {
		StringBuilder id = new StringBuilder();
		CDOIDUtil.write(id, getLockKeyID(key));
		return SINCE_PROPERTY + lockAreaId + "." + id;
	}

	/**
	 * After CDO has loaded the durable locks of the store (a restart), makes each reservation among them known again:
	 * its holder is the lock area's user, since when it was taken (kept in the store's properties). Properties of
	 * reservations that were released meanwhile are removed.
	 */
	@Override
	protected void doActivate() throws Exception {
		super.doActivate();
		InternalStore store = getRepository().getStore();
		Map<String, String> kept = new HashMap<>(store.getPersistentProperties(null));
		kept.keySet().removeIf(name -> !name.startsWith(SINCE_PROPERTY));
		Set<String> stale = new HashSet<>(kept.keySet());
		IStoreAccessor reader = store.getReader(null);
		try {
			if (reader instanceof DurableLocking) {
				StoreThreadLocal.setAccessor(reader);
				getLockAreas(null, area -> {
					area.getLocks().forEach((id, grade) -> {
						if (grade.isWrite()) {
							Object key = getLockKey(id, area.getBranch());
							String property = sinceProperty(area.getDurableLockingID(), key);
							stale.remove(property);
							String since = kept.get(property);
							reservations.put(key, new Held(area.getDurableLockingID(), area.getUserID(),
									since != null ? Long.parseLong(since) : clock.millis()));
						}
					});
					return true;
				});
			}
		} finally {
			StoreThreadLocal.release();
		}
		if (!stale.isEmpty()) {
			store.removePersistentProperties(stale);
		}
	}

	/** @return the reservation on a lock key that is still held (its view still has the write lock), or null */
	private Held reservation(Object key) {
		Held held = reservations.get(key);
		if (held == null) {
			return null;
		}
		LockState<Object, IView> state = getLockState(key);
		if (state == null || !held.heldBy(state.getWriteLockOwner())) {
			reservations.remove(key, held);
			return null;
		}
		return held;
	}

	private void refuseIfReservedByOthers(LockType type, IView view, Collection<? extends Object> objects) {
		if (type != LockType.WRITE && type != LockType.OPTION) {
			return;
		}
		for (Object key : objects) {
			Held held = reservation(key);
			if (held != null && !held.heldBy(view)) {
				throw new IllegalStateException("Object " + getLockKeyID(key) + " is reserved for editing by "
						+ held.user() + " since " + Instant.ofEpochMilli(held.since())
						+ "; it can be changed once they release it");
			}
		}
	}

	/**
	 * @return the reservations held now: for each reserved object its lock key id, holder and since when (epoch
	 *         milliseconds)
	 */
	public List<String[]> reservations() {
		List<String[]> held = new ArrayList<>();
		for (Object key : List.copyOf(reservations.keySet())) {
			Held reservation = reservation(key);
			if (reservation != null) {
				held.add(new String[] { String.valueOf(getLockKeyID(key)), reservation.user(),
						Long.toString(reservation.since()) });
			}
		}
		return held;
	}

	/** @return the handler of the {@value Reservation#QUERY_LANGUAGE} query */
	public IQueryHandler reservationsQuery() {
		return this::answerReservations;
	}

	private void answerReservations(CDOQueryInfo info, IQueryContext context) {
		for (Object key : List.copyOf(reservations.keySet())) {
			Held held = reservation(key);
			if (held == null) {
				continue;
			}
			StringBuilder id = new StringBuilder();
			CDOIDUtil.write(id, (CDOID) getLockKeyID(key));
			boolean more = context.addResult(id + "\t" + held.user() + "\t" + held.since() + "\t"
					+ (held.heldBy(context.getView()) ? "1" : "0"));
			if (!more) {
				return;
			}
		}
	}

	@Override
	public LockArea createLockArea(InternalView view) {
		checkMayLock(view, "durable locking");
		return super.createLockArea(view);
	}

	@Override
	public LockArea createLockArea(InternalView view, String lockAreaID) {
		checkMayLock(view, "durable locking");
		return super.createLockArea(view, lockAreaID);
	}

	private void checkMayLock(IView view, String what) {
		if (!(view.getSession() instanceof InternalSession session) || session.getProtocol() == null) {
			// The repository's own sessions and durable views restored at start-up have no network peer.
			return;
		}
		String user = session.getUserID();
		Role role = users.roleOf(user).orElse(null);
		String reason = role == null
				? "User '" + user + "' is no longer registered on this repository and may not lock objects"
				: role.mayLock() ? null
						: "User '" + user + "' has role " + role
								+ " and may not lock objects (locks are for editors and admins)";
		if (reason != null) {
			if (audit != null) {
				audit.record("LOCK-REFUSED", user, GuardedSessionManager.addressOf(session.getProtocol()), what);
			}
			throw new SecurityException(reason);
		}
	}
}
