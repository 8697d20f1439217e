package org.placewise.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * What a model file held when its model was read from it or saved to it: its size and a SHA-256 digest of its bytes,
 * kept on the model's resource. Comparing it with the file on disk tells whether someone else wrote the file since. The
 * modification time is not used: it can be coarser than two quick writes of the same size, and a file touched but not
 * changed has not changed.
 */
final class DiskState extends AdapterImpl {

	private static final String DIGEST = "SHA-256";

	private final Path file;
	private final long size;
	private final byte[] digest;

	private DiskState(Path file, long size, byte[] digest) {
		this.file = file;
		this.size = size;
		this.digest = digest;
	}

	/** @return the file, links followed */
	Path file() {
		return file;
	}

	/**
	 * @param resource a resource
	 * @return its disk state, or {@code null} when it was not read from or saved to a file here
	 */
	static DiskState of(Resource resource) {
		return (DiskState) EcoreUtil.getExistingAdapter(resource, DiskState.class);
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == DiskState.class;
	}

	/**
	 * @param current the file as it is now
	 * @return whether it holds other bytes than recorded (a file touched but not changed has not changed)
	 * @throws IOException when it cannot be read
	 */
	boolean differsFrom(Path current) throws IOException {
		if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
			return true;
		}
		BasicFileAttributes now = Files.readAttributes(current, BasicFileAttributes.class);
		if (now.size() != size) {
			return true;
		}
		MessageDigest sha = newDigest();
		try (InputStream in = new DigestInputStream(Files.newInputStream(current), sha)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		return !Arrays.equals(sha.digest(), digest);
	}

	/** Records a resource's file as just saved with {@code bytes}. */
	static void written(Resource resource, Path file, byte[] bytes) {
		remember(resource, new DiskState(file, bytes.length, newDigest().digest(bytes)));
	}

	private static void remember(Resource resource, DiskState state) {
		resource.eAdapters().removeIf(a -> a instanceof DiskState);
		resource.eAdapters().add(state);
	}

	/**
	 * Starts reading a file: its size is taken before the first byte is read, so a change made while it is read shows
	 * as a change.
	 *
	 * @param file the file
	 * @return the reading
	 * @throws IOException when the file cannot be read
	 */
	static Reading startReading(Path file) throws IOException {
		Path real = FileReplacement.resolve(file);
		return new Reading(real, Files.size(real));
	}

	/** A file being read, digested on the way. */
	static final class Reading {
		private final Path file;
		private final long size;
		private final MessageDigest sha = newDigest();
		private DigestInputStream in;

		private Reading(Path file, long size) {
			this.file = file;
			this.size = size;
		}

		/** @return the file's bytes; every byte read is digested */
		InputStream open() throws IOException {
			in = new DigestInputStream(Files.newInputStream(file), sha);
			return in;
		}

		/** Records on {@code resource} what was read, once the model has been read from it. */
		void finish(Resource resource) {
			try {
				// The parser may stop before trailing white space: digest the whole file.
				in.transferTo(OutputStream.nullOutputStream());
			} catch (IOException closed) {
				// Closed by the parser at its end: everything was read.
			}
			remember(resource, new DiskState(file, size, sha.digest()));
		}
	}

	private static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance(DIGEST);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has " + DIGEST, e);
		}
	}
}
