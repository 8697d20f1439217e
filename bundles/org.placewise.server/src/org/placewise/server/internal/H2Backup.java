package org.placewise.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

/**
 * A consistent backup of an H2 repository while it runs: H2's {@code BACKUP TO} on a live connection copies the
 * database file together with its transaction log, so the copy is the database as of one moment even while commits go
 * on. The backup is one zip holding {@code repository.h2.db} and the users file; unzipped into an empty directory it is
 * a data directory a server starts on.
 */
public final class H2Backup {

	private H2Backup() {
	}

	/**
	 * @param database  the repository's H2 database
	 * @param usersFile the users file, stored beside it (when it exists)
	 * @param target    the zip to write; written under a temporary name and moved into place at the end
	 * @throws IOException when the backup cannot be written
	 */
	public static void write(DataSource database, Path usersFile, Path target) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path directory = absolute.getParent();
		Files.createDirectories(directory);
		Path h2Zip = Files.createTempFile(directory, ".placewise-backup-", ".h2.zip");
		Path result = Files.createTempFile(directory, ".placewise-backup-", ".zip");
		try {
			Files.delete(h2Zip);
			try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
				statement.execute("BACKUP TO '" + h2Zip.toString().replace("'", "''") + "'");
			} catch (SQLException e) {
				throw new IOException("H2 could not back up the repository: " + e.getMessage(), e);
			}
			try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(result));
					ZipInputStream in = new ZipInputStream(Files.newInputStream(h2Zip))) {
				for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
					out.putNextEntry(new ZipEntry(Path.of(entry.getName()).getFileName().toString()));
					in.transferTo(out);
					out.closeEntry();
				}
				if (usersFile != null && Files.exists(usersFile)) {
					out.putNextEntry(new ZipEntry("users.txt"));
					try (InputStream users = Files.newInputStream(usersFile)) {
						users.transferTo(out);
					}
					out.closeEntry();
				}
			}
			OwnerOnly.secureFile(result);
			Files.move(result, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(h2Zip);
			Files.deleteIfExists(result);
		}
	}
}
