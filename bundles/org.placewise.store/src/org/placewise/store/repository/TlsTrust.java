package org.placewise.store.repository;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Map;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Which server certificates a client trusts when it connects over TLS ({@code cdos://} URLs): the certificates in a
 * trust store file, or, without one, the certificate authorities Java trusts by default.
 *
 * @param trustStore a PKCS#12 or JKS trust store, or {@code null} for Java's default authorities
 * @param password   its password ({@code null} when it has none)
 */
public record TlsTrust(Path trustStore, char[] password) {

	/** Environment variable naming a trust store for the command line and other headless clients. */
	public static final String TRUST_STORE_VARIABLE = "PLACEWISE_TLS_TRUSTSTORE";

	/** Environment variable holding that trust store's password. */
	public static final String TRUST_STORE_PASSWORD_VARIABLE = "PLACEWISE_TLS_TRUSTSTORE_PASSWORD";

	/** @return trust in the certificate authorities Java trusts by default */
	public static TlsTrust systemDefault() {
		return new TlsTrust(null, null);
	}

	/**
	 * @param environment where {@value #TRUST_STORE_VARIABLE} and {@value #TRUST_STORE_PASSWORD_VARIABLE} are looked up
	 * @return the trust store they name, or Java's default authorities when none is named
	 */
	public static TlsTrust fromEnvironment(Map<String, String> environment) {
		String file = environment.get(TRUST_STORE_VARIABLE);
		if (file == null || file.isBlank()) {
			return systemDefault();
		}
		String password = environment.get(TRUST_STORE_PASSWORD_VARIABLE);
		return new TlsTrust(Path.of(file), password == null ? null : password.toCharArray());
	}

	/**
	 * @return a TLS context trusting these certificates
	 * @throws RepositoryException when the trust store cannot be read, naming it
	 */
	SSLContext context() throws RepositoryException {
		try {
			TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			if (trustStore == null) {
				trust.init((KeyStore) null);
			} else {
				KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
				try (InputStream in = Files.newInputStream(trustStore)) {
					store.load(in, password);
				}
				trust.init(store);
			}
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, trust.getTrustManagers(), null);
			return context;
		} catch (IOException | GeneralSecurityException e) {
			throw new RepositoryException("Cannot read the TLS trust store " + trustStore + " (" + e.getMessage()
					+ "); it should be a PKCS#12 or JKS file holding the server's certificate, its password in "
					+ TRUST_STORE_PASSWORD_VARIABLE, e);
		}
	}

	@Override
	public String toString() {
		return trustStore == null ? "Java's default certificate authorities" : "trust store " + trustStore;
	}
}
