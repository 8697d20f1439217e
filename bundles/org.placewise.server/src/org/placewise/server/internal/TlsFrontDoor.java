package org.placewise.server.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

import org.placewise.store.repository.TlsTunnel;

/**
 * The server's TLS port. CDO/Net4j 4.7's TLS connector does not work on Java 21+, so the repository's plain Net4j
 * acceptor listens on a loopback port only, and this front door listens on the configured address with a JDK
 * {@link SSLServerSocket}: each connection completes its TLS handshake here and is then relayed, byte for byte, to the
 * loopback acceptor. A connection that does not complete a TLS handshake within {@value #HANDSHAKE_TIMEOUT_MILLIS} ms
 * (for example a client speaking the plain CDO protocol) is closed and never reaches CDO.
 * <p>
 * The relay's loopback port is remembered with the client's real address, so that login back-off and the audit log
 * still see who connected ({@link #clientAddress(SocketAddress)}).
 */
public final class TlsFrontDoor implements AutoCloseable {

	/** How long a client may take to complete the TLS handshake. */
	static final int HANDSHAKE_TIMEOUT_MILLIS = 10_000;

	/** Loopback port of a relayed connection → the address of the client behind it. */
	private static final Map<Integer, String> CLIENTS = new ConcurrentHashMap<>();

	private final SSLServerSocket listener;

	private final int backendPort;

	private final AuditLog audit;

	private volatile boolean closed;

	private TlsFrontDoor(SSLServerSocket listener, int backendPort, AuditLog audit) {
		this.listener = listener;
		this.backendPort = backendPort;
		this.audit = audit;
	}

	/**
	 * Starts listening.
	 *
	 * @param context     the TLS context with the server's key
	 * @param host        address to listen on
	 * @param port        port, 0 for any free one
	 * @param backendPort the loopback port of the repository's plain acceptor
	 * @param audit       where refused connections are recorded
	 * @return the listening front door
	 * @throws IOException when the address cannot be bound
	 */
	public static TlsFrontDoor open(SSLContext context, String host, int port, int backendPort, AuditLog audit)
			throws IOException {
		SSLServerSocket socket = (SSLServerSocket) context.getServerSocketFactory().createServerSocket();
		socket.setReuseAddress(true);
		socket.bind(new InetSocketAddress(host, port), 50);
		TlsFrontDoor door = new TlsFrontDoor(socket, backendPort, audit);
		Thread.ofPlatform().daemon().name("placewise-tls " + host + ":" + socket.getLocalPort()).start(door::accept);
		return door;
	}

	/** @return the port listened on */
	public int port() {
		return listener.getLocalPort();
	}

	private void accept() {
		while (!closed) {
			try {
				Socket client = listener.accept();
				Thread.ofVirtual().name("placewise-tls-handshake").start(() -> handshake((SSLSocket) client));
			} catch (IOException e) {
				if (closed) {
					return;
				}
			}
		}
	}

	private void handshake(SSLSocket client) {
		String address = client.getInetAddress().getHostAddress();
		Socket backend = null;
		try {
			client.setSoTimeout(HANDSHAKE_TIMEOUT_MILLIS);
			client.startHandshake();
			client.setSoTimeout(0);
			client.setTcpNoDelay(true);
			backend = new Socket();
			backend.setTcpNoDelay(true);
			backend.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), backendPort));
			int relayPort = backend.getLocalPort();
			CLIENTS.put(relayPort, address);
			Socket relayed = backend;
			Thread.ofVirtual().name("placewise-tls-forget").start(() -> forgetWhenClosed(client, relayed, relayPort));
			TlsTunnel.relay(client, backend, "placewise-tls " + address);
		} catch (IOException e) {
			audit.record("CONNECTION-CLOSED", "-", address, "no TLS handshake: " + e.getMessage());
			close(client);
			close(backend);
		}
	}

	private static void forgetWhenClosed(Socket client, Socket backend, int relayPort) {
		try {
			while (!client.isClosed() && !backend.isClosed()) {
				Thread.sleep(1_000);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			CLIENTS.remove(relayPort);
		}
	}

	/**
	 * @param remote the remote address of a connection to the repository's acceptor
	 * @return the address of the TLS client behind it, or {@code null} when it is not a relayed connection
	 */
	public static String clientAddress(SocketAddress remote) {
		if (remote instanceof InetSocketAddress inet && inet.getAddress() != null
				&& inet.getAddress().isLoopbackAddress()) {
			return CLIENTS.get(inet.getPort());
		}
		return null;
	}

	private static void close(Socket socket) {
		if (socket != null) {
			try {
				socket.close();
			} catch (IOException e) {
				// Already closed.
			}
		}
	}

	/** Stops listening; relayed connections end when the repository's acceptor closes them. */
	@Override
	public void close() {
		closed = true;
		try {
			listener.close();
		} catch (IOException e) {
			// Already closed.
		}
	}
}
