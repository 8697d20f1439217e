package org.placewise.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.placewise.server.internal.PasswordHash;

/**
 * The users of a repository server: one line per user with their role and a salted PBKDF2-HMAC-SHA256 password hash,
 * never the password itself.
 * <p>
 * Line format: {@code name:role:iterations:saltBase64:hashBase64}; lines starting with {@code #} are comments. The file
 * is rewritten atomically and, where the file system allows, readable by its owner only. A running server notices
 * changes (for example {@code placewise server add-user}) at the next login or commit.
 */
public final class UsersFile {
	/** PBKDF2 iterations for new passwords (OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256). */
	public static final int DEFAULT_ITERATIONS = 600_000;

	/** The shortest password accepted for a new user. */
	public static final int MINIMUM_PASSWORD_LENGTH = 8;

	private static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

	private static final String HEADER = """
			# Placewise repository users: name:role:iterations:salt:hash
			# Passwords are stored only as salted PBKDF2WithHmacSHA256 hashes. Edit with 'placewise server add-user'.
			""";

	private final Path file;

	private final int iterationsForNewPasswords;

	private final Map<String, Entry> entries = new TreeMap<>();

	private FileTime loadedModified;

	private long loadedSize = -1;

	/** Used for unknown users so that a refusal takes as long as a wrong password. */
	private final PasswordHash decoy;

	private record Entry(String name, Role role, PasswordHash hash) {
	}

	private UsersFile(Path file, int iterationsForNewPasswords) {
		this.file = file.toAbsolutePath();
		this.iterationsForNewPasswords = iterationsForNewPasswords;
		this.decoy = PasswordHash.create("decoy-password".toCharArray(), iterationsForNewPasswords);
	}

	/**
	 * Opens a users file; a missing file is an empty user list and is created by the first {@link #addUser}.
	 *
	 * @param file the users file
	 * @return the users
	 * @throws IOException if the file exists but cannot be read or is malformed (the message names file and line)
	 */
	public static UsersFile open(Path file) throws IOException {
		return open(file, DEFAULT_ITERATIONS);
	}

	/**
	 * Opens a users file, hashing new passwords with the given PBKDF2 iteration count (lower counts only make sense for
	 * tests; existing entries keep the count they were hashed with).
	 *
	 * @param file                      the users file
	 * @param iterationsForNewPasswords PBKDF2 iterations for passwords set through this object
	 * @return the users
	 * @throws IOException if the file exists but cannot be read or is malformed
	 */
	public static UsersFile open(Path file, int iterationsForNewPasswords) throws IOException {
		if (iterationsForNewPasswords < 1) {
			throw new IllegalArgumentException("PBKDF2 iterations must be positive");
		}
		UsersFile users = new UsersFile(file, iterationsForNewPasswords);
		users.reload();
		return users;
	}

	/**
	 * @return the file this object reads and writes
	 */
	public Path file() {
		return file;
	}

	/**
	 * Adds a user and saves the file.
	 *
	 * @param name     user name (letters, digits, {@code . _ @ -}, at most 64)
	 * @param role     what the user may do
	 * @param password the password; only its hash is stored
	 * @throws IOException              if the file cannot be written
	 * @throws IllegalArgumentException if the name is invalid or taken, or the password too short
	 */
	public synchronized void addUser(String name, Role role, char[] password) throws IOException {
		reloadIfChanged();
		checkName(name);
		if (entries.containsKey(name)) {
			throw new IllegalArgumentException("User '" + name + "' already exists in " + file);
		}
		checkPassword(name, password);
		entries.put(name, new Entry(name, role, PasswordHash.create(password, iterationsForNewPasswords)));
		save();
	}

	/**
	 * Replaces a user's password and saves the file.
	 *
	 * @param name     an existing user
	 * @param password the new password
	 * @throws IOException              if the file cannot be written
	 * @throws IllegalArgumentException if there is no such user or the password is too short
	 */
	public synchronized void setPassword(String name, char[] password) throws IOException {
		reloadIfChanged();
		Entry entry = existing(name);
		checkPassword(name, password);
		entries.put(name, new Entry(name, entry.role(), PasswordHash.create(password, iterationsForNewPasswords)));
		save();
	}

	/**
	 * Changes a user's role and saves the file.
	 *
	 * @param name an existing user
	 * @param role the new role
	 * @throws IOException if the file cannot be written
	 */
	public synchronized void setRole(String name, Role role) throws IOException {
		reloadIfChanged();
		Entry entry = existing(name);
		entries.put(name, new Entry(name, role, entry.hash()));
		save();
	}

	/**
	 * Removes a user and saves the file.
	 *
	 * @param name an existing user
	 * @throws IOException if the file cannot be written
	 */
	public synchronized void removeUser(String name) throws IOException {
		reloadIfChanged();
		existing(name);
		entries.remove(name);
		save();
	}

	/**
	 * @return the user names, sorted
	 */
	public synchronized List<String> userNames() {
		reloadQuietly();
		return new ArrayList<>(entries.keySet());
	}

	/**
	 * @param name a user name
	 * @return the user's role, or empty if there is no such user
	 */
	public Optional<Role> roleOf(String name) {
		Entry entry;
		synchronized (this) {
			reloadQuietly();
			entry = name == null ? null : entries.get(name);
		}
		return Optional.ofNullable(entry).map(Entry::role);
	}

	/**
	 * Checks a login. Unknown users cost as much time as known ones, so timing does not reveal which names exist.
	 *
	 * @param name     the user name offered
	 * @param password the password offered
	 * @return whether the user exists and the password matches
	 */
	public boolean verify(String name, char[] password) {
		Entry entry;
		synchronized (this) {
			reloadQuietly();
			entry = name == null ? null : entries.get(name);
		}
		char[] offered = password == null ? new char[0] : password;
		if (entry == null) {
			decoy.matches(offered);
			return false;
		}
		return entry.hash().matches(offered);
	}

	private Entry existing(String name) {
		Entry entry = name == null ? null : entries.get(name);
		if (entry == null) {
			throw new IllegalArgumentException("There is no user '" + name + "' in " + file);
		}
		return entry;
	}

	private static void checkName(String name) {
		if (name == null || !USER_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("User name '" + name
					+ "' is not allowed: use 1 to 64 letters, digits, '.', '_', '@' or '-'");
		}
	}

	private static void checkPassword(String name, char[] password) {
		if (password == null || password.length < MINIMUM_PASSWORD_LENGTH) {
			throw new IllegalArgumentException(
					"The password for user '" + name + "' must have at least " + MINIMUM_PASSWORD_LENGTH
							+ " characters");
		}
	}

	private void reloadQuietly() {
		try {
			reloadIfChanged();
		} catch (IOException ex) {
			// Keep serving with the last good user list rather than locking everybody out mid-edit.
			System.getLogger(UsersFile.class.getName()).log(System.Logger.Level.WARNING,
					"Could not re-read users file " + file + ": " + ex.getMessage());
		}
	}

	/**
	 * Re-reads the file if it changed on disk since it was last read or written.
	 *
	 * @throws IOException if the changed file cannot be read or is malformed
	 */
	public synchronized void reloadIfChanged() throws IOException {
		BasicFileAttributes attributes;
		try {
			attributes = Files.readAttributes(file, BasicFileAttributes.class);
		} catch (NoSuchFileException ex) {
			if (loadedSize != -1) {
				entries.clear();
				loadedSize = -1;
				loadedModified = null;
			}
			return;
		}
		if (attributes.lastModifiedTime().equals(loadedModified) && attributes.size() == loadedSize) {
			return;
		}
		reload();
	}

	private void reload() throws IOException {
		if (!Files.exists(file)) {
			entries.clear();
			loadedSize = -1;
			loadedModified = null;
			return;
		}
		BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		Map<String, Entry> read = new TreeMap<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			Entry entry = parse(line, i + 1);
			if (read.put(entry.name(), entry) != null) {
				throw new IOException(
						"Users file " + file + " line " + (i + 1) + ": user '" + entry.name() + "' appears twice");
			}
		}
		entries.clear();
		entries.putAll(read);
		loadedModified = attributes.lastModifiedTime();
		loadedSize = attributes.size();
	}

	private Entry parse(String line, int lineNumber) throws IOException {
		String[] parts = line.split(":", -1);
		String where = "Users file " + file + " line " + lineNumber + ": ";
		if (parts.length != 5) {
			throw new IOException(where + "expected name:role:iterations:salt:hash");
		}
		try {
			checkName(parts[0]);
			Role role = Role.fromOption(parts[1]);
			int iterations = Integer.parseInt(parts[2]);
			if (iterations < 1) {
				throw new IllegalArgumentException("iterations must be positive");
			}
			Base64.Decoder decoder = Base64.getDecoder();
			return new Entry(parts[0], role,
					new PasswordHash(iterations, decoder.decode(parts[3]), decoder.decode(parts[4])));
		} catch (IllegalArgumentException ex) {
			throw new IOException(where + ex.getMessage(), ex);
		}
	}

	private void save() throws IOException {
		StringBuilder text = new StringBuilder(HEADER);
		for (Entry entry : entries.values()) {
			text.append(entry.name()).append(':').append(entry.role().optionName()).append(':')
					.append(entry.hash().iterations()).append(':').append(entry.hash().saltText()).append(':')
					.append(entry.hash().hashText()).append('\n');
		}
		Path directory = file.getParent();
		Files.createDirectories(directory);
		Path temporary = Files.createTempFile(directory, ".users", ".tmp");
		try {
			restrictToOwner(temporary);
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			try {
				Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
		BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
		loadedModified = attributes.lastModifiedTime();
		loadedSize = attributes.size();
	}

	private static void restrictToOwner(Path path) throws IOException {
		try {
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
		} catch (UnsupportedOperationException ex) {
			// Not a POSIX file system (Windows): the directory's ACL applies.
		}
	}
}
