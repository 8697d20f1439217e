package org.placewise.server.internal;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.emf.cdo.server.IRepository;
import org.eclipse.emf.cdo.server.IStoreAccessor.CommitContext;
import org.eclipse.emf.cdo.server.ITransaction;
import org.eclipse.emf.cdo.spi.common.model.InternalCDOPackageUnit;
import org.eclipse.net4j.util.om.monitor.OMMonitor;
import org.placewise.server.Role;
import org.placewise.server.UsersFile;

/**
 * Enforces roles on the server for every commit, before anything is written: viewers may not commit, and only admins
 * may add model packages. Only the repository's own in-process sessions are exempt. A refusal rolls the whole commit
 * back and its message reaches the client. Every commit and every refusal is recorded in the {@link AuditLog} (who,
 * when, from where; never model text).
 */
public final class RoleWriteAccessHandler implements IRepository.WriteAccessHandler {
	private final UsersFile users;

	private final AuditLog audit;

	/**
	 * A handler that records nothing (for in-memory servers such as the benchmarks').
	 *
	 * @param users where roles are looked up (re-read when the file changes)
	 */
	public RoleWriteAccessHandler(UsersFile users) {
		this(users, null);
	}

	/**
	 * @param users where roles are looked up (re-read when the file changes)
	 * @param audit where commits and refused commits are recorded, or {@code null} for none
	 */
	public RoleWriteAccessHandler(UsersFile users, AuditLog audit) {
		this.users = users;
		this.audit = audit;
	}

	@Override
	public void handleTransactionBeforeCommitting(ITransaction transaction, CommitContext commitContext,
			OMMonitor monitor) throws RuntimeException {
		if (transaction.getSession().getProtocol() == null) {
			// The repository's own sessions (e.g. creating the root resource) have no network peer and no user.
			return;
		}
		String user = transaction.getSession().getUserID();
		Role role = users.roleOf(user).orElse(null);
		if (role == null) {
			throw refuse(transaction,
					"User '" + user + "' is no longer registered on this repository and may not commit");
		}
		if (!role.mayCommit()) {
			throw refuse(transaction, "User '" + user + "' has role " + role + " and may not commit");
		}
		InternalCDOPackageUnit[] newPackages = commitContext.getNewPackageUnits();
		if (newPackages != null && newPackages.length > 0 && !role.mayAddPackages()) {
			String names = Arrays.stream(newPackages).map(unit -> unit.getTopLevelPackageInfo().getPackageURI())
					.collect(Collectors.joining(", "));
			throw refuse(transaction, "User '" + user + "' has role " + role
					+ " and may not add model packages to the repository (" + names + "); ask an admin");
		}
	}

	private SecurityException refuse(ITransaction transaction, String reason) {
		if (audit != null) {
			audit.record("COMMIT-REFUSED", transaction.getSession().getUserID(),
					GuardedSessionManager.addressOf(transaction.getSession().getProtocol()), reason);
		}
		return new SecurityException(reason);
	}

	@Override
	public void handleTransactionAfterCommitted(ITransaction transaction, CommitContext commitContext,
			OMMonitor monitor) {
		if (audit == null || transaction.getSession().getProtocol() == null) {
			return;
		}
		audit.record("COMMIT", transaction.getSession().getUserID(),
				GuardedSessionManager.addressOf(transaction.getSession().getProtocol()),
				"time=" + commitContext.getBranchPoint().getTimeStamp() + " new="
						+ length(commitContext.getNewObjects())
						+ " changed=" + length(commitContext.getDirtyObjects()) + " detached="
						+ length(commitContext.getDetachedObjects()));
	}

	private static int length(Object[] array) {
		return array == null ? 0 : array.length;
	}
}
