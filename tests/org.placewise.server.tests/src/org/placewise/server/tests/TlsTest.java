package org.placewise.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placewise.server.RepositoryServer;
import org.placewise.server.RepositoryServerException;
import org.placewise.server.ServerConfiguration.TlsSettings;
import org.placewise.server.StoreKind;

/** TLS: refused with a clear reason, because CDO/Net4j 4.7's TLS connector does not work on Java 21+. */
class TlsTest {
	private static final String KEY_STORE_PASSWORD = "test-only-keystore";

	@TempDir
	Path temp;

	private Path keyStore(String password) throws Exception {
		Path keyStore = temp.resolve("server.p12");
		Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
				"-genkeypair", "-alias", "placewise", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=127.0.0.1",
				"-validity", "2", "-storetype", "PKCS12", "-keystore", keyStore.toString(), "-storepass", password,
				"-keypass", password).redirectErrorStream(true).start();
		String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, keytool.waitFor(), output);
		return keyStore;
	}

	/**
	 * Net4j 4.7's SSL connector completes the handshake on Java 21+ and then never registers the channel, so no client
	 * could use a TLS server: the server refuses to start with TLS and says what to do instead.
	 */
	@Test
	void aServerAskedForTlsRefusesToStartAndSaysWhatToDoInstead() throws Exception {
		Path keyStore = keyStore(KEY_STORE_PASSWORD);
		try (StoreFixture fixture = new StoreFixture(StoreKind.H2, temp)) {
			RepositoryServerException refused = assertThrows(RepositoryServerException.class, () -> fixture
					.start(fixture.configuration().tls(new TlsSettings(keyStore, KEY_STORE_PASSWORD.toCharArray()))
							.build()));
			assertEquals(RepositoryServer.TLS_UNAVAILABLE, refused.getMessage());
			assertTrue(refused.getMessage().contains("SSH tunnel"));
		}
	}

	@Test
	void aKeyStoreWithTheWrongPasswordIsNamed() throws Exception {
		Path keyStore = keyStore(KEY_STORE_PASSWORD);
		try (StoreFixture fixture = new StoreFixture(StoreKind.H2, temp)) {
			RepositoryServerException refused = assertThrows(RepositoryServerException.class, () -> fixture
					.start(fixture.configuration().tls(new TlsSettings(keyStore, "not-the-password".toCharArray()))
							.build()));
			assertTrue(refused.getMessage().contains(keyStore.toString()), refused.getMessage());
		}
	}
}
