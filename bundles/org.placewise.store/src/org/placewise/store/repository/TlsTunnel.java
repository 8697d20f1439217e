package org.placewise.store.repository;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * The client end of a TLS connection to a repository server. CDO/Net4j 4.7's own TLS connector does not work on Java
 * 21+ (it completes the handshake and never registers the channel), so the client's plain Net4j TCP connection goes to
 * a loopback port of this tunnel, which carries the bytes over a JDK {@link SSLSocket} to the server's TLS port; the
 * server does the same in reverse. The TLS handshake (certificate and host name checks) is completed before CDO
 * connects, so an untrusted server is refused before any password is sent.
 * <p>
 * The loopback port accepts exactly one connection (CDO's) and then closes.
 */
public final class TlsTunnel implements AutoCloseable {

	/** How long a TLS handshake or connection attempt may take before it is given up. */
	private static final int HANDSHAKE_TIMEOUT_MILLIS = 15_000;

	private final SSLSocket remote;

	private final ServerSocket local;

	private volatile Socket accepted;

	private TlsTunnel(SSLSocket remote, ServerSocket local) {
		this.remote = remote;
		this.local = local;
	}

	/**
	 * Connects to a server's TLS port, checks its certificate and opens the loopback port for CDO.
	 *
	 * @param host  server address; the certificate must name it
	 * @param port  server TLS port
	 * @param trust which certificates to trust
	 * @return the open tunnel; connect CDO to {@link #localPort()} on 127.0.0.1
	 * @throws RepositoryException when the server cannot be reached, does not speak TLS or is not trusted
	 */
	public static TlsTunnel open(String host, int port, TlsTrust trust) throws RepositoryException {
		SSLSocket socket = null;
		try {
			socket = (SSLSocket) trust.context().getSocketFactory().createSocket();
			socket.connect(new InetSocketAddress(host, port), HANDSHAKE_TIMEOUT_MILLIS);
			SSLParameters parameters = socket.getSSLParameters();
			// The certificate must be for the host we asked for, as a browser checks.
			parameters.setEndpointIdentificationAlgorithm("HTTPS");
			socket.setSSLParameters(parameters);
			socket.setSoTimeout(HANDSHAKE_TIMEOUT_MILLIS);
			socket.startHandshake();
			socket.setSoTimeout(0);
			socket.setTcpNoDelay(true);
			ServerSocket loopback = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
			TlsTunnel tunnel = new TlsTunnel(socket, loopback);
			Thread.ofVirtual().name("placewise-tls-tunnel " + host + ":" + port).start(tunnel::acceptOne);
			return tunnel;
		} catch (SSLHandshakeException e) {
			close(socket);
			throw new RepositoryException("The repository server at " + host + ":" + port + " was refused: its TLS "
					+ "certificate is not trusted by this computer or is not for '" + host + "' ("
					+ RepositoryConnection.rootMessage(e) + "). Give a trust store holding the server's certificate "
					+ "with --tls-truststore or " + TlsTrust.TRUST_STORE_VARIABLE + " (now using " + trust + ")", e);
		} catch (SSLException | SocketTimeoutException e) {
			close(socket);
			throw new RepositoryException("The server at " + host + ":" + port + " did not complete a TLS handshake ("
					+ RepositoryConnection.rootMessage(e) + "). Is it a Placewise server started with --tls-keystore? "
					+ "For a server without TLS use a cdo:// URL", e);
		} catch (IOException e) {
			close(socket);
			throw new RepositoryException("Cannot reach the Placewise repository server at " + host + ":" + port + " ("
					+ RepositoryConnection.rootMessage(e) + "). Is it running, and is this the right address and port?",
					e);
		}
	}

	/** @return the loopback port CDO connects to */
	public int localPort() {
		return local.getLocalPort();
	}

	private void acceptOne() {
		try (ServerSocket listener = local) {
			Socket socket = listener.accept();
			socket.setTcpNoDelay(true);
			accepted = socket;
			relay(socket, remote, "placewise-tls-tunnel");
		} catch (IOException e) {
			close();
		}
	}

	/**
	 * Copies bytes both ways between two connected sockets, on two virtual threads, until either side closes; then
	 * closes both. Used by both ends of a TLS connection.
	 *
	 * @param a    one socket
	 * @param b    the other
	 * @param name thread name prefix
	 */
	public static void relay(Socket a, Socket b, String name) {
		Thread.ofVirtual().name(name + " out").start(() -> pump(a, b));
		Thread.ofVirtual().name(name + " in").start(() -> pump(b, a));
	}

	private static void pump(Socket from, Socket to) {
		byte[] buffer = new byte[16 * 1024];
		try {
			InputStream in = from.getInputStream();
			OutputStream out = to.getOutputStream();
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				out.write(buffer, 0, read);
				out.flush();
			}
		} catch (IOException e) {
			// One side closed or failed: the connection is over either way.
		} finally {
			close(from);
			close(to);
		}
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

	/** Closes the TLS connection and the loopback port. */
	@Override
	public void close() {
		try {
			local.close();
		} catch (IOException e) {
			// Already closed.
		}
		close(accepted);
		close(remote);
	}
}
