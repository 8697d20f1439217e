package org.placewise.repository.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;

/**
 * The key Eclipse secure storage encrypts remembered passwords with, in the Placewise product, which has no desktop
 * keyring module and no master-password prompt: a random key made on first use and kept in
 * {@code ~/.placewise/secure-storage.key}, readable by its owner only ({@code 0600}), apart from the storage file
 * itself. The storage file alone (in a backup, a copied home directory) reveals no password; someone who can read both
 * files as you can. Another provider with a higher priority (a desktop keyring) is used instead when installed.
 */
public final class PlacewiseKeyProvider extends PasswordProvider {

	/** @return the key file of this user */
	public static Path keyFile() {
		return Path.of(System.getProperty("user.home"), ".placewise", "secure-storage.key");
	}

	@Override
	public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
		try {
			return new PBEKeySpec(key(keyFile()).toCharArray());
		} catch (IOException e) {
			// Secure storage then refuses to encrypt, and the Connect dialog says the password could not be kept.
			return null;
		}
	}

	/**
	 * @param file the key file
	 * @return the key in the file, made first (random, owner-only file) when there is none
	 * @throws IOException when the file cannot be read or made
	 */
	public static String key(Path file) throws IOException {
		if (Files.isRegularFile(file)) {
			return Files.readString(file, StandardCharsets.US_ASCII).strip();
		}
		Files.createDirectories(file.getParent());
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		String key = Base64.getEncoder().encodeToString(random);
		Path draft = Files.createTempFile(file.getParent(), "secure-storage", ".key",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		Files.writeString(draft, key, StandardCharsets.US_ASCII);
		try {
			// a link, not a move: never replace a key another workbench made meanwhile (its passwords use it)
			Files.createLink(file, draft);
		} catch (FileAlreadyExistsException e) {
			return Files.readString(file, StandardCharsets.US_ASCII).strip();
		} finally {
			Files.deleteIfExists(draft);
		}
		return key;
	}
}
