package org.placewise.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.model.PlacewisePackages;
import org.placewise.server.RepositoryServer;
import org.placewise.server.RepositoryServerException;
import org.placewise.server.ServerConfiguration.TlsSettings;
import org.placewise.server.StoreKind;
import org.placewise.store.repository.RepositoryConnection;
import org.placewise.store.repository.RepositoryException;
import org.placewise.store.repository.TlsTrust;

/**
 * TLS through Placewise's own TLS layer (JDK SSLSocket on both ends around Net4j's plain TCP, because Net4j 4.7's TLS
 * connector never registers its channel on Java 21+): a client that trusts the server's certificate connects, commits
 * and reads; a plain connection to the TLS port never reaches CDO; a client refuses a certificate it does not trust or
 * one made out to another host. Key stores are made by keytool at test time (test-only keys, never committed).
 */
class TlsTest {
	private static final String KEY_STORE_PASSWORD = "test-only-keystore";

	@TempDir
	Path temp;

	private void keytool(String... arguments) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
		command.addAll(List.of(arguments));
		Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, keytool.waitFor(), output);
	}

	/** A server key store for the given host names (subject alternative names, e.g. {@code ip:127.0.0.1}). */
	private Path keyStore(String name, String alternativeNames) throws Exception {
		Path keyStore = temp.resolve(name + ".p12");
		keytool("-genkeypair", "-alias", "placewise", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=" + name,
				"-ext", "SAN=" + alternativeNames, "-validity", "2", "-storetype", "PKCS12", "-keystore",
				keyStore.toString(), "-storepass", KEY_STORE_PASSWORD, "-keypass", KEY_STORE_PASSWORD);
		return keyStore;
	}

	/** A trust store holding the certificate of a key store. */
	private Path trustStore(Path keyStore) throws Exception {
		Path certificate = temp.resolve(keyStore.getFileName() + ".cer");
		Path trustStore = temp.resolve(keyStore.getFileName() + ".trust.p12");
		keytool("-exportcert", "-alias", "placewise", "-keystore", keyStore.toString(), "-storepass",
				KEY_STORE_PASSWORD, "-file", certificate.toString());
		keytool("-importcert", "-noprompt", "-alias", "server", "-file", certificate.toString(), "-storetype",
				"PKCS12", "-keystore", trustStore.toString(), "-storepass", KEY_STORE_PASSWORD);
		return trustStore;
	}

	private RepositoryServer startTls(StoreFixture fixture, Path keyStore) throws Exception {
		return fixture.start(fixture.configuration().packages(PlacewisePackages.all())
				.tls(new TlsSettings(keyStore, KEY_STORE_PASSWORD.toCharArray())).build());
	}

	private static RepositoryConnection connect(RepositoryServer server, TlsTrust trust) throws RepositoryException {
		return RepositoryConnection.connect(server.host(), server.port(), server.repositoryName(), StoreFixture.EDITOR,
				StoreFixture.PASSWORD.toCharArray(), trust);
	}

	@Test
	void aClientThatTrustsTheCertificateConnectsOverTlsCommitsAndReads() throws Exception {
		Path keyStore = keyStore("repository-server", "ip:127.0.0.1,dns:localhost");
		TlsTrust trust = new TlsTrust(trustStore(keyStore), KEY_STORE_PASSWORD.toCharArray());
		try (StoreFixture fixture = new StoreFixture(StoreKind.H2, temp)) {
			RepositoryServer server = startTls(fixture, keyStore);
			try (RepositoryConnection alice = connect(server, trust)) {
				alice.create("/tls/partnership", "Encrypted partnership").close();
			}
			try (RepositoryConnection again = connect(server, trust)) {
				assertEquals(List.of("/tls/partnership"), again.listModels());
				assertEquals("Encrypted partnership", again.readCopy("/tls/partnership").getName());
			}
			String audit = Files.readString(server.auditLog());
			assertTrue(audit.contains("LOGIN user=alice from=127.0.0.1"), audit);
		}
	}

	@Test
	void aPlainConnectionToTheTlsPortNeverReachesTheRepository() throws Exception {
		Path keyStore = keyStore("repository-server", "ip:127.0.0.1");
		try (StoreFixture fixture = new StoreFixture(StoreKind.H2, temp)) {
			RepositoryServer server = startTls(fixture, keyStore);
			assertThrows(RepositoryException.class, () -> RepositoryConnection.connect(server.host(), server.port(),
					server.repositoryName(), StoreFixture.EDITOR, StoreFixture.PASSWORD.toCharArray()));
			try (Socket plain = new Socket(server.host(), server.port())) {
				OutputStream out = plain.getOutputStream();
				out.write("not a TLS client hello, just plain bytes\n".getBytes(StandardCharsets.US_ASCII));
				out.flush();
				plain.setSoTimeout(30_000); // a hang guard, not a speed assertion
				byte[] answer = readUntilClosed(plain);
				assertTrue(answer.length == 0 || answer[0] == TLS_ALERT, () -> "at most a TLS alert, then the server "
						+ "closes the connection; got " + java.util.Arrays.toString(answer));
			}
			String audit = Files.readString(server.auditLog());
			assertTrue(audit.contains("CONNECTION-CLOSED") && audit.contains("no TLS handshake"), audit);
			assertTrue(!audit.contains("LOGIN user=alice"), "no plain login got through: " + audit);
		}
	}

	@Test
	void aClientRefusesACertificateItDoesNotTrustBeforeSendingThePassword() throws Exception {
		Path keyStore = keyStore("repository-server", "ip:127.0.0.1");
		Path someoneElse = keyStore("another-server", "ip:127.0.0.1");
		try (StoreFixture fixture = new StoreFixture(StoreKind.H2, temp)) {
			RepositoryServer server = startTls(fixture, keyStore);
			RepositoryException defaults = assertThrows(RepositoryException.class,
					() -> connect(server, TlsTrust.systemDefault()));
			assertTrue(defaults.getMessage().contains("not trusted"), defaults.getMessage());
			RepositoryException other = assertThrows(RepositoryException.class, () -> connect(server,
					new TlsTrust(trustStore(someoneElse), KEY_STORE_PASSWORD.toCharArray())));
			assertTrue(other.getMessage().contains("not trusted"), other.getMessage());
			String audit = Files.readString(server.auditLog());
			assertTrue(!audit.contains("user=alice"), "the password was never sent: " + audit);
		}
	}

	@Test
	void aCertificateForAnotherHostIsRefused() throws Exception {
		Path keyStore = keyStore("elsewhere", "dns:elsewhere.example");
		try (StoreFixture fixture = new StoreFixture(StoreKind.H2, temp)) {
			RepositoryServer server = startTls(fixture, keyStore);
			RepositoryException refused = assertThrows(RepositoryException.class, () -> connect(server,
					new TlsTrust(trustStore(keyStore), KEY_STORE_PASSWORD.toCharArray())));
			assertTrue(refused.getMessage().contains("is not for '127.0.0.1'"), refused.getMessage());
		}
	}

	@Test
	void aKeyStoreWithTheWrongPasswordIsNamed() throws Exception {
		Path keyStore = keyStore("repository-server", "ip:127.0.0.1");
		try (StoreFixture fixture = new StoreFixture(StoreKind.H2, temp)) {
			RepositoryServerException refused = assertThrows(RepositoryServerException.class, () -> fixture
					.start(fixture.configuration().tls(new TlsSettings(keyStore, "not-the-password".toCharArray()))
							.build()));
			assertTrue(refused.getMessage().contains(keyStore.toString()), refused.getMessage());
		}
	}

	/** The record type of a TLS alert, what a TLS server answers a client that does not speak TLS. */
	private static final byte TLS_ALERT = 21;

	/** @return what the server sent until it closed the connection (a reset counts as closed) */
	private static byte[] readUntilClosed(Socket socket) throws java.io.IOException {
		java.io.ByteArrayOutputStream received = new java.io.ByteArrayOutputStream();
		try {
			for (int b = socket.getInputStream().read(); b >= 0; b = socket.getInputStream().read()) {
				received.write(b);
			}
		} catch (java.net.SocketException reset) {
			// Closed with a reset.
		}
		return received.toByteArray();
	}
}
