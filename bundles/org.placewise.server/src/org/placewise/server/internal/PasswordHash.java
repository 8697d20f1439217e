package org.placewise.server.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted PBKDF2-HMAC-SHA256 password hash as stored in the users file. The plain password is never stored.
 *
 * @param iterations PBKDF2 iteration count used for this hash
 * @param salt       random per-user salt
 * @param hash       derived key
 */
public record PasswordHash(int iterations, byte[] salt, byte[] hash) {
	/** The JCA algorithm name; present in every Java SE runtime. */
	public static final String ALGORITHM = "PBKDF2WithHmacSHA256";

	private static final int SALT_BYTES = 16;

	private static final int KEY_BITS = 256;

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * Hashes a new password with a fresh random salt.
	 *
	 * @param password   the password; not kept
	 * @param iterations PBKDF2 iteration count
	 * @return the hash
	 */
	public static PasswordHash create(char[] password, int iterations) {
		byte[] salt = new byte[SALT_BYTES];
		RANDOM.nextBytes(salt);
		return new PasswordHash(iterations, salt, derive(password, salt, iterations));
	}

	/**
	 * Checks a password against this hash in time that does not depend on where the bytes differ.
	 *
	 * @param password the password offered at login
	 * @return whether it matches
	 */
	public boolean matches(char[] password) {
		return MessageDigest.isEqual(hash, derive(password, salt, iterations));
	}

	/**
	 * @return the salt, Base64-encoded for the users file
	 */
	public String saltText() {
		return Base64.getEncoder().encodeToString(salt);
	}

	/**
	 * @return the hash, Base64-encoded for the users file
	 */
	public String hashText() {
		return Base64.getEncoder().encodeToString(hash);
	}

	static byte[] derive(char[] password, byte[] salt, int iterations) {
		PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
		try {
			return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
		} catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ALGORITHM + " is not available in this Java runtime", ex);
		} finally {
			spec.clearPassword();
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PasswordHash that && iterations == that.iterations && Arrays.equals(salt, that.salt)
				&& Arrays.equals(hash, that.hash);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(salt) + Arrays.hashCode(hash);
	}

	@Override
	public String toString() {
		// Never print hash material into logs.
		return "PasswordHash[" + ALGORITHM + ", " + iterations + " iterations]";
	}
}
