package org.placewise.repository.ui;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * The last login used, and passwords the user asked to remember, in Eclipse secure storage (encrypted with the
 * platform's password provider; never in a plain preference file). One node per {@link RepositoryLogin#address()}.
 */
public final class SavedLogins {

	private static final String ROOT = "/org.placewise.repository.ui";
	private static final String LAST = "last";
	private static final String PASSWORD = "password";

	private final ISecurePreferences root;

	/** Uses the workbench's default secure storage. */
	public SavedLogins() {
		this(SecurePreferencesFactory.getDefault());
	}

	/** @param storage the secure storage to use (tests give one of their own) */
	public SavedLogins(ISecurePreferences storage) {
		this.root = storage == null ? null : storage.node(ROOT);
	}

	/** @return the last login used, or the defaults */
	public RepositoryLogin last() {
		if (root == null) {
			return RepositoryLogin.defaults();
		}
		ISecurePreferences last = root.node(LAST);
		RepositoryLogin defaults = RepositoryLogin.defaults();
		try {
			return new RepositoryLogin(last.get("host", defaults.host()), last.getInt("port", defaults.port()),
					last.get("repository", defaults.repository()), last.get("user", defaults.user()));
		} catch (StorageException e) {
			return defaults;
		}
	}

	/**
	 * Remembers a login as the last one, and its password when asked (else forgets any password kept for it).
	 *
	 * @param login    the login
	 * @param password the password to keep encrypted, or {@code null} to keep none
	 * @throws StorageException when secure storage cannot be written (for example no password provider)
	 */
	public void save(RepositoryLogin login, char[] password) throws StorageException {
		if (root == null) {
			return;
		}
		ISecurePreferences last = root.node(LAST);
		last.put("host", login.host(), false);
		last.putInt("port", login.port(), false);
		last.put("repository", login.repository(), false);
		last.put("user", login.user(), false);
		ISecurePreferences node = node(login);
		if (password == null) {
			node.remove(PASSWORD);
		} else {
			node.put(PASSWORD, new String(password), true);
		}
		try {
			root.flush();
		} catch (java.io.IOException e) {
			throw new StorageException(StorageException.INTERNAL_ERROR, e);
		}
	}

	/**
	 * @param login a login
	 * @return the password kept for it, or {@code null}
	 */
	public char[] password(RepositoryLogin login) {
		if (root == null) {
			return null;
		}
		try {
			String password = node(login).get(PASSWORD, null);
			return password == null ? null : password.toCharArray();
		} catch (StorageException e) {
			return null;
		}
	}

	/**
	 * @param login a login
	 * @return whether its password is kept, without decrypting it
	 */
	public boolean hasPassword(RepositoryLogin login) {
		if (root == null) {
			return false;
		}
		for (String key : node(login).keys()) {
			if (PASSWORD.equals(key)) {
				return true;
			}
		}
		return false;
	}

	private ISecurePreferences node(RepositoryLogin login) {
		return root.node("servers").node(EncodingUtils.encodeSlashes(login.address()));
	}
}
