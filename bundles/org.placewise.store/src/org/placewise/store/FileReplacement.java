package org.placewise.store;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Replaces a file atomically and only when it is safe to: the one way Placewise writes a model, an export or a
 * generated output.
 * <ul>
 * <li>The content goes to a new temporary file beside the target, is flushed and synced, and is then renamed over the
 * target: a reader sees the old file or the new one, never half of one.</li>
 * <li>A symbolic link is written through: its target is replaced and the link stays a link.</li>
 * <li>Only regular files are replaced. A folder, device, named pipe (FIFO) or socket is refused with a message saying
 * what it is: an output never destroys what the user did not ask to replace.</li>
 * <li>A read-only file is refused, even for a user (such as root) whom the system would let write it: read-only is how
 * people protect a file.</li>
 * <li>A replaced file keeps its permissions; a new file gets the defaults of any new file (the umask).</li>
 * <li>While a file is replaced it is locked (an operating-system lock on the file being replaced, taken again when
 * another writer replaced it meanwhile), so two writers never interleave; under the lock, temporary files left by a
 * writer that was killed are removed.</li>
 * </ul>
 */
public final class FileReplacement {

	/** What to write: the new content of the file. */
	@FunctionalInterface
	public interface Content {
		/**
		 * @param out where to write the whole content; closed by the caller
		 * @throws IOException when the content cannot be written
		 */
		void writeTo(OutputStream out) throws IOException;
	}

	/** A check or an action made while the file to be replaced is locked. */
	@FunctionalInterface
	interface Step {
		/**
		 * @param target the (link-resolved) file being replaced, which exists
		 * @throws IOException to stop the replacement; the file is then unchanged
		 */
		void run(Path target) throws IOException;
	}

	/** Suffix of every temporary file; a killed writer's ones are recognised by it. */
	static final String TEMPORARY_SUFFIX = ".tmp";

	private static final int MAX_LINKS_FOLLOWED = 40;

	private static final int MAX_LOCK_ATTEMPTS = 100;

	/** One lock per file within this JVM: operating-system file locks are held per process. */
	private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

	private FileReplacement() {
	}

	/**
	 * Writes {@code content} to {@code file}, creating it or atomically replacing it.
	 *
	 * @param file    the file, or a symbolic link to it
	 * @param content what to write
	 * @return the file written: {@code file} itself, or the file its link points to
	 * @throws IOException when the file is not a regular file, is read-only or cannot be written; a previous file is
	 *                     then unchanged, and the message says why in plain words
	 */
	public static Path write(Path file, Content content) throws IOException {
		return replace(file, content, UnaryOperator.identity(), null, null);
	}

	/**
	 * Follows symbolic links (also links to files that do not exist yet) to the file they name.
	 *
	 * @param file a path
	 * @return the absolute path of the file that writing to {@code file} would change
	 * @throws IOException when the links form a loop or cannot be read
	 */
	public static Path resolve(Path file) throws IOException {
		Path current = file.toAbsolutePath();
		for (int hops = 0; Files.isSymbolicLink(current); hops++) {
			if (hops == MAX_LINKS_FOLLOWED) {
				throw new IOException(file + " is a symbolic link that leads round in a loop");
			}
			current = current.resolveSibling(Files.readSymbolicLink(current));
		}
		return current.normalize();
	}

	/**
	 * Replaces a file.
	 *
	 * @param file           the file or a link to it
	 * @param content        what to write
	 * @param writeFilter    wraps the stream to the temporary file (tests simulate failing disks)
	 * @param beforeWriting  run under the lock before anything is written, when the file exists
	 * @param beforeRenaming run under the lock once the new content is durable, when the file exists
	 * @return the file replaced
	 */
	static Path replace(Path file, Content content, UnaryOperator<OutputStream> writeFilter, Step beforeWriting,
			Step beforeRenaming) throws IOException {
		Path target = resolve(file);
		Path folder = target.getParent();
		if (folder == null) {
			throw new IOException("it names no file");
		}
		if (!Files.isDirectory(folder)) {
			if (Files.exists(folder)) {
				throw new IOException(folder + " is not a folder");
			}
			Files.createDirectories(folder);
		}
		if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
			// Nothing to replace, so nothing to lock: a concurrent creator of the same new file
			// loses nothing that was read.
			writeAndRename(target, content, writeFilter, null);
			return target;
		}
		refuseUnsafe(target);
		ReentrantLock inProcess = LOCKS.computeIfAbsent(target, k -> new ReentrantLock());
		inProcess.lock();
		try (Locked locked = lock(target)) {
			if (locked == null) {
				// The file was removed while being locked: now it is a new file.
				writeAndRename(target, content, writeFilter, null);
				return target;
			}
			removeStaleTemporaries(target);
			if (beforeWriting != null) {
				beforeWriting.run(target);
			}
			writeAndRename(target, content, writeFilter, beforeRenaming);
		} finally {
			inProcess.unlock();
		}
		return target;
	}

	/**
	 * @param target an existing path, links already followed
	 * @throws IOException saying why it must not be replaced, when it is not a writable regular file
	 */
	static void refuseUnsafe(Path target) throws IOException {
		BasicFileAttributes attributes = Files.readAttributes(target, BasicFileAttributes.class,
				LinkOption.NOFOLLOW_LINKS);
		if (attributes.isDirectory()) {
			throw new IOException(target + " is a folder, not a file");
		}
		if (!attributes.isRegularFile()) {
			throw new IOException(target + " is " + kindOf(target) + ", not a regular file, so it was left"
					+ " alone; write to a regular file instead");
		}
		PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
		Set<PosixFilePermission> permissions = posix == null ? null : posix.readAttributes().permissions();
		boolean noWriteBit = permissions != null && !permissions.contains(PosixFilePermission.OWNER_WRITE)
				&& !permissions.contains(PosixFilePermission.GROUP_WRITE)
				&& !permissions.contains(PosixFilePermission.OTHERS_WRITE);
		if (noWriteBit || !Files.isWritable(target)) {
			throw new IOException(target + " is read-only" + (permissions == null ? ""
					: " (" + PosixFilePermissions.toString(permissions) + ")")
					+ ", so it was not replaced; make it writable first if it should be (chmod u+w)");
		}
	}

	private static String kindOf(Path target) {
		try {
			int type = ((Integer) Files.getAttribute(target, "unix:mode", LinkOption.NOFOLLOW_LINKS)) & 0170000;
			return switch (type) {
			case 0010000 -> "a named pipe (FIFO)";
			case 0020000 -> "a character device";
			case 0060000 -> "a block device";
			case 0140000 -> "a socket";
			default -> "a special file";
			};
		} catch (IOException | RuntimeException unknown) {
			return "a special file (a device, pipe or socket)";
		}
	}

	/** An operating-system lock on the file being replaced. */
	private record Locked(FileChannel channel, FileLock lock) implements AutoCloseable {
		@Override
		public void close() throws IOException {
			channel.close();
		}
	}

	/**
	 * Locks the file that {@code target} names now. Another writer may have renamed a new file over it while this one
	 * waited; then the lock is on a file no longer there, so it is taken again on the new one.
	 *
	 * @return the lock, or {@code null} when the file no longer exists
	 */
	private static Locked lock(Path target) throws IOException {
		for (int attempt = 0; attempt < MAX_LOCK_ATTEMPTS; attempt++) {
			Object before;
			FileChannel channel;
			try {
				before = key(target);
				// Opening to write changes nothing (no truncation); an exclusive lock needs it.
				channel = FileChannel.open(target, StandardOpenOption.WRITE);
			} catch (NoSuchFileException gone) {
				return null;
			}
			try {
				FileLock lock = channel.lock();
				if (Objects.equals(before, key(target))) {
					return new Locked(channel, lock);
				}
			} catch (NoSuchFileException gone) {
				channel.close();
				return null;
			} catch (IOException | RuntimeException e) {
				channel.close();
				throw e;
			}
			channel.close();
		}
		throw new IOException(target + " is being replaced by other writers all the time; try again");
	}

	private static Object key(Path file) throws IOException {
		BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
				LinkOption.NOFOLLOW_LINKS);
		// Where the file system has no file keys, the change time tells a replaced file apart.
		return attributes.fileKey() != null ? attributes.fileKey() : attributes.lastModifiedTime();
	}

	/**
	 * Removes the temporary files that writers of {@code target} killed before they finished left beside it. Called
	 * under the file's lock, when no writer of it is running.
	 */
	private static void removeStaleTemporaries(Path target) {
		Pattern ours = temporaryNames(target);
		try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(),
				p -> ours.matcher(p.getFileName().toString()).matches())) {
			for (Path stale : siblings) {
				if (Files.isRegularFile(stale, LinkOption.NOFOLLOW_LINKS)) {
					Files.deleteIfExists(stale);
				}
			}
		} catch (IOException | RuntimeException notRemoved) {
			// Tidying up is a courtesy: it must never stop a save.
		}
	}

	/**
	 * @param target a file
	 * @return the names of the temporary files written beside it: {@code .<name>.<random>.tmp}, also with {@code .bak}
	 *         before {@code .tmp} (the backup being made)
	 */
	static Pattern temporaryNames(Path target) {
		return Pattern.compile("\\." + Pattern.quote(target.getFileName().toString())
				+ "\\.[0-9a-z]+(\\.bak)?" + Pattern.quote(TEMPORARY_SUFFIX));
	}

	/**
	 * Creates an empty, new file beside {@code target}. Unlike {@code Files.createTempFile}, which makes files only the
	 * owner can read (0600 on Linux and macOS), this leaves the permissions to the operating system's defaults (the
	 * umask), as for any newly written file.
	 */
	static Path createTemporary(Path target, String infix) throws IOException {
		for (int attempt = 0;; attempt++) {
			Path candidate = target.resolveSibling("." + target.getFileName() + "."
					+ Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + infix + TEMPORARY_SUFFIX);
			try {
				return Files.createFile(candidate);
			} catch (FileAlreadyExistsException taken) {
				if (attempt == 100) {
					throw taken;
				}
			}
		}
	}

	private static void writeAndRename(Path target, Content content, UnaryOperator<OutputStream> writeFilter,
			Step beforeRenaming) throws IOException {
		Path temporary = createTemporary(target, "");
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				OutputStream out = writeFilter.apply(Channels.newOutputStream(channel));
				content.writeTo(new FilterOutputStream(out) {
					@Override
					public void write(byte[] bytes, int offset, int length) throws IOException {
						out.write(bytes, offset, length);
					}

					@Override
					public void close() throws IOException {
						// Writers close what they wrote to; the file must stay open to be synced.
						flush();
					}
				});
				out.flush();
				channel.force(true);
			}
			if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
				keepPermissions(target, temporary);
				if (beforeRenaming != null) {
					beforeRenaming.run(target);
				}
			}
			moveAtomically(temporary, target);
			temporary = null;
			syncFolder(target.getParent());
		} finally {
			if (temporary != null) {
				try {
					Files.deleteIfExists(temporary);
				} catch (IOException ignored) {
					// The failure being reported matters more than a stray temporary file.
				}
			}
		}
	}

	/**
	 * Gives {@code copy} the read/write/execute permissions of {@code original}, where the file system has them (Linux,
	 * macOS): a replaced file stays as shared, or as private, as it was.
	 */
	static void keepPermissions(Path original, Path copy) throws IOException {
		PosixFileAttributeView view = Files.getFileAttributeView(original, PosixFileAttributeView.class);
		if (view != null) {
			Files.setPosixFilePermissions(copy, view.readAttributes().permissions());
		}
	}

	static void syncFile(Path file) throws IOException {
		// Read access is enough to sync, and works for a copy of a read-only file.
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			channel.force(true);
		}
	}

	private static void syncFolder(Path folder) {
		// Makes the rename itself durable where the platform allows opening a folder (Linux, macOS).
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | RuntimeException notSupported) {
			// Windows cannot open folders this way; the rename is still atomic there.
		}
	}

	static void moveAtomically(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
