package org.placewise.server.internal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps the server's files to their owner: the data directory {@code rwx------} (0700) and every file in it
 * {@code rw-------} (0600), whatever the umask. The directory's mode alone already keeps other local users out of files
 * H2 creates later; the files are tightened as well in case one is moved or the directory's mode is changed. On file
 * systems without POSIX permissions (Windows) this does nothing.
 */
public final class OwnerOnly {
	/** Mode of the data directory. */
	public static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

	/** Mode of every file the server keeps. */
	public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

	private OwnerOnly() {
	}

	/**
	 * Creates the directory (and missing parents) if needed and makes it and the regular files directly in it
	 * owner-only. Symbolic links are neither followed nor changed.
	 *
	 * @param directory the data directory
	 * @throws IOException if it cannot be created or its permissions cannot be set
	 */
	public static void secureDirectory(Path directory) throws IOException {
		if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
			Files.createDirectories(directory);
		}
		if (!isPosix(directory)) {
			return;
		}
		Files.setPosixFilePermissions(directory, DIRECTORY);
		try (Stream<Path> files = Files.list(directory)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				secureFile(file);
			}
		}
	}

	/**
	 * Makes one regular file owner-only; anything else (link, directory, missing) is left alone.
	 *
	 * @param file the file
	 * @throws IOException if its permissions cannot be set
	 */
	public static void secureFile(Path file) throws IOException {
		if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && isPosix(file)) {
			Files.setPosixFilePermissions(file, FILE);
		}
	}

	/**
	 * Creates an empty owner-only file if it does not exist, and makes an existing one owner-only.
	 *
	 * @param file the file
	 * @throws IOException if it cannot be created or its permissions cannot be set
	 */
	public static void createFile(Path file) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		try {
			if (isPosix(parent)) {
				FileAttribute<Set<PosixFilePermission>> mode = PosixFilePermissions.asFileAttribute(FILE);
				Files.createFile(file, mode);
			} else {
				Files.createFile(file);
			}
		} catch (FileAlreadyExistsException ex) {
			// Appended to as it is.
		}
		secureFile(file);
	}

	private static boolean isPosix(Path path) {
		return path != null && Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
	}
}
