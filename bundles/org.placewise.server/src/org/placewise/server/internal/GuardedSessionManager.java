package org.placewise.server.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Optional;

import org.eclipse.emf.cdo.internal.server.SessionManager;
import org.eclipse.emf.cdo.spi.server.IAuthenticationProtocol;
import org.eclipse.emf.cdo.spi.server.ISessionProtocol;
import org.eclipse.emf.cdo.spi.server.InternalSession;
import org.eclipse.net4j.channel.IChannel;
import org.eclipse.net4j.internal.tcp.TCPConnector;
import org.eclipse.net4j.signal.ISignalProtocol;
import org.eclipse.net4j.util.security.IAuthenticator;
import org.placewise.server.LoginThrottle;
import org.placewise.server.UsersFile;

/**
 * CDO's session manager with logins checked against the {@link UsersFile}, slowed down by a {@link LoginThrottle} per
 * user name and per address, and recorded in the {@link AuditLog}. A login in its back-off is refused without the
 * password being checked, so guessing on through the back-off gains nothing.
 */
public final class GuardedSessionManager extends SessionManager {
	/** The address of the login being checked on this thread (CDO checks the password in the same thread). */
	private static final ThreadLocal<String> ADDRESS = new ThreadLocal<>();

	/**
	 * @param users    the users file logins are checked against
	 * @param throttle the back-off after failed logins
	 * @param audit    where logins and refusals are recorded
	 */
	public GuardedSessionManager(UsersFile users, LoginThrottle throttle, AuditLog audit) {
		this(users, throttle, audit, Integer.MAX_VALUE);
	}

	private final int maxSessionsPerUser;

	private final AuditLog audit;

	/**
	 * @param users              the users file logins are checked against
	 * @param throttle           the back-off after failed logins
	 * @param audit              where logins and refusals are recorded
	 * @param maxSessionsPerUser how many sessions one user may have open at once
	 */
	public GuardedSessionManager(UsersFile users, LoginThrottle throttle, AuditLog audit, int maxSessionsPerUser) {
		this.maxSessionsPerUser = maxSessionsPerUser;
		this.audit = audit;
		setAuthenticator(new Authenticator(new UsersFileAuthenticator(users), throttle, audit));
	}

	/**
	 * Opens a session for a logged-in user unless the user already has {@code maxSessionsPerUser} open: one account
	 * cannot take all the server's connections.
	 */
	@Override
	protected synchronized InternalSession createSession(int id, String userID, ISessionProtocol protocol) {
		if (userID != null) {
			long open = java.util.Arrays.stream(getSessions())
					.filter(session -> userID.equals(session.getUserID()) && !session.isClosed()).count();
			if (open >= maxSessionsPerUser) {
				String reason = "User '" + userID + "' already has " + open + " sessions open, the most one user may "
						+ "have on this server (" + maxSessionsPerUser + "); close one first";
				audit.record("LOGIN-REFUSED", userID, addressOf(protocol), "session cap " + maxSessionsPerUser);
				throw new SecurityException(reason);
			}
		}
		return super.createSession(id, userID, protocol);
	}

	@Override
	public String authenticateUser(IAuthenticationProtocol protocol) throws SecurityException {
		ADDRESS.set(addressOf(protocol));
		try {
			return super.authenticateUser(protocol);
		} finally {
			ADDRESS.remove();
		}
	}

	/**
	 * @param protocol a server-side CDO protocol (or anything else)
	 * @return the client's IP address, or {@code local} for an in-process connection
	 */
	public static String addressOf(Object protocol) {
		if (protocol instanceof ISignalProtocol<?> signalProtocol) {
			IChannel channel = signalProtocol.getChannel();
			if (channel != null && channel.getMultiplexer() instanceof TCPConnector connector) {
				return addressOf(connector);
			}
		}
		return "local";
	}

	/**
	 * @param connector a server-side TCP connector
	 * @return the client's IP address, or {@code unknown}
	 */
	public static String addressOf(TCPConnector connector) {
		try {
			SocketAddress remote = connector.getSocketChannel() == null ? null
					: connector.getSocketChannel().getRemoteAddress();
			String behindTls = TlsFrontDoor.clientAddress(remote);
			if (behindTls != null) {
				return behindTls;
			}
			if (remote instanceof InetSocketAddress inet && inet.getAddress() != null) {
				return inet.getAddress().getHostAddress();
			}
		} catch (IOException ex) {
			// Closed meanwhile.
		}
		return "unknown";
	}

	private record Authenticator(UsersFileAuthenticator passwords, LoginThrottle throttle, AuditLog audit)
			implements IAuthenticator {
		@Override
		public void authenticate(String userID, char[] password) throws SecurityException {
			String address = ADDRESS.get() == null ? "unknown" : ADDRESS.get();
			Optional<Duration> backOff = throttle.backOff(userID, address);
			if (backOff.isPresent()) {
				long seconds = Math.max(1, (backOff.get().toMillis() + 999) / 1000);
				audit.record("LOGIN-THROTTLED", userID, address, "back-off " + seconds + " s");
				throw new SecurityException(
						"Login refused for user '" + userID + "': too many failed logins; try again in "
								+ seconds + (seconds == 1 ? " second" : " seconds"));
			}
			try {
				passwords.authenticate(userID, password);
			} catch (SecurityException ex) {
				throttle.failed(userID, address);
				audit.record("LOGIN-REFUSED", userID, address, "unknown user or wrong password");
				throw ex;
			}
			throttle.succeeded(userID, address);
			audit.record("LOGIN", userID, address, "");
		}
	}
}
