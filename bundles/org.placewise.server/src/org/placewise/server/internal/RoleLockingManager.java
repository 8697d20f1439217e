package org.placewise.server.internal;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.cdo.common.lock.IDurableLockingManager.LockArea;
import org.eclipse.emf.cdo.internal.server.LockingManager;
import org.eclipse.emf.cdo.server.IView;
import org.eclipse.emf.cdo.spi.server.InternalSession;
import org.eclipse.emf.cdo.spi.server.InternalView;
import org.eclipse.net4j.util.concurrent.IRWLockManager.LockType;
import org.eclipse.net4j.util.concurrent.RWOLockManager.LockState;
import org.placewise.server.Role;
import org.placewise.server.UsersFile;

/**
 * CDO's lock manager with the same role rules as commits: a lock a client asks for (read, write or write option, and
 * any durable lock area) is refused unless the user may commit. A viewer's lock would block editors' commits; a durable
 * one even across restarts. Locks CDO takes for a commit it is running (implicit locks) and the repository's own
 * in-process sessions are not checked here: the commit itself is.
 */
public final class RoleLockingManager extends LockingManager {
	private final UsersFile users;

	private final AuditLog audit;

	/**
	 * @param users where roles are looked up
	 * @param audit where refusals are recorded
	 */
	public RoleLockingManager(UsersFile users, AuditLog audit) {
		this.users = users;
		this.audit = audit;
	}

	@Override
	public List<LockState<Object, IView>> lock2(boolean explicit, LockType type, IView view,
			Collection<? extends Object> objects, boolean recursive, long timeout) throws InterruptedException {
		if (explicit) {
			checkMayLock(view, type + " lock on " + objects.size() + " object(s)");
		}
		return super.lock2(explicit, type, view, objects, recursive, timeout);
	}

	@Override
	public void lock(boolean explicit, LockType type, IView view, Collection<? extends Object> objects, long timeout)
			throws InterruptedException {
		if (explicit) {
			checkMayLock(view, type + " lock on " + objects.size() + " object(s)");
		}
		super.lock(explicit, type, view, objects, timeout);
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
