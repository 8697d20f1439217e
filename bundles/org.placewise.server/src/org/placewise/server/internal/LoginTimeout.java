package org.placewise.server.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.cdo.server.ISession;
import org.eclipse.emf.cdo.spi.server.InternalSession;
import org.eclipse.net4j.acceptor.IAcceptor;
import org.eclipse.net4j.connector.IConnector;
import org.eclipse.net4j.internal.tcp.TCPConnector;
import org.eclipse.net4j.signal.ISignalProtocol;
import org.eclipse.net4j.util.container.IContainerDelta;
import org.eclipse.net4j.util.container.IContainerEvent;
import org.eclipse.net4j.util.event.IEvent;
import org.eclipse.net4j.util.event.IListener;
import org.eclipse.net4j.util.lifecycle.LifecycleUtil;
import org.eclipse.emf.cdo.server.ISessionManager;

/**
 * Closes connections that have not opened a logged-in CDO session within the login timeout, so that idle or garbage
 * connections do not hold a socket and a thread on the server for ever.
 */
public final class LoginTimeout implements IListener, AutoCloseable {
	private final IAcceptor acceptor;

	private final ISessionManager sessions;

	private final Duration timeout;

	private final AuditLog audit;

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "placewise-login-timeout");
		thread.setDaemon(true);
		return thread;
	});

	/**
	 * Starts watching the acceptor's new connections.
	 *
	 * @param acceptor the server's acceptor
	 * @param sessions the repository's sessions
	 * @param timeout  how long a connection may stay without a session
	 * @param audit    where closed connections are recorded
	 */
	public LoginTimeout(IAcceptor acceptor, ISessionManager sessions, Duration timeout, AuditLog audit) {
		this.acceptor = acceptor;
		this.sessions = sessions;
		this.timeout = timeout;
		this.audit = audit;
		acceptor.addListener(this);
	}

	@Override
	public void notifyEvent(IEvent event) {
		if (event instanceof IContainerEvent<?> containerEvent) {
			for (IContainerDelta<?> delta : containerEvent.getDeltas()) {
				if (delta.getKind() == IContainerDelta.Kind.ADDED
						&& delta.getElement() instanceof IConnector connector) {
					timer.schedule(() -> closeIfNotLoggedIn(connector), timeout.toMillis(), TimeUnit.MILLISECONDS);
				}
			}
		}
	}

	private void closeIfNotLoggedIn(IConnector connector) {
		if (!LifecycleUtil.isActive(connector) || hasSession(connector)) {
			return;
		}
		String address = connector instanceof TCPConnector tcp ? GuardedSessionManager.addressOf(tcp) : "unknown";
		audit.record("CONNECTION-CLOSED", null, address, "no login within " + timeout.toSeconds() + " s");
		LifecycleUtil.deactivate(connector);
	}

	private boolean hasSession(IConnector connector) {
		for (ISession session : sessions.getSessions()) {
			if (session instanceof InternalSession internal
					&& internal.getProtocol() instanceof ISignalProtocol<?> protocol
					&& protocol.getChannel() != null && protocol.getChannel().getMultiplexer() == connector) {
				return true;
			}
		}
		return false;
	}

	@Override
	public void close() {
		acceptor.removeListener(this);
		timer.shutdownNow();
	}
}
