package org.placewise.cli.internal.governance;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;

import org.placewise.cli.internal.ModelSource;
import org.placewise.cli.internal.UserInputException;
import org.placewise.cli.internal.repository.RepositoryCommand;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.edit.label.ChangeList;
import org.placewise.model.query.ModelChanges;
import org.placewise.store.ModelFiles;
import org.placewise.store.repository.CommitRecord;
import org.placewise.store.repository.ModelLocations;
import org.placewise.store.repository.RepositoryConnection;
import org.placewise.store.repository.RepositoryException;
import org.placewise.store.repository.RepositoryUrl;
import org.placewise.store.repository.TlsTrust;

/**
 * A model as it is now and an earlier version of it, read for {@code placewise changes} and the pack's "What changed"
 * page: a model file against its backup ({@code MODEL.bak}, kept by every save) or another file, or a shared repository
 * model against itself at a past date or commit.
 *
 * @param now     the model as it is now
 * @param then    the earlier version
 * @param label   the model as the user named it: a file's name, a repository model's address
 * @param earlier the earlier point as a phrase that follows "since" ("exampleshire.placewise.bak, saved 2 Dec 2026")
 */
public record ComparedVersions(PlacewiseModel now, PlacewiseModel then, String label, String earlier) {

	/** @return what changed from the earlier version to now, in words */
	public ChangeList changeList() {
		return ChangeList.of(label, earlier, ModelChanges.between(then, now));
	}

	/**
	 * Reads a model file and an earlier file.
	 *
	 * @param model   the model file as it is now
	 * @param against the earlier file, or {@code null} for the model's backup
	 * @param option  the option that named the earlier file, for messages ("--against")
	 * @param err     where notes on migrated files go
	 * @return both versions
	 * @throws UserInputException when the earlier file is missing or either cannot be read
	 */
	public static ComparedVersions ofFiles(String model, Path against, String option, PrintWriter err) {
		Path earlierFile = against != null ? against : ModelFiles.backupOf(Path.of(model));
		if (!Files.isRegularFile(earlierFile)) {
			throw new UserInputException("no earlier version to compare with: " + earlierFile
					+ (against == null ? " does not exist (it is written when the model is saved); give one with "
							+ option + " FILE" : " does not exist"));
		}
		PlacewiseModel now = ModelSource.open(model, err);
		PlacewiseModel then = ModelSource.open(earlierFile.toString());
		return new ComparedVersions(now, then, Path.of(model).getFileName().toString(),
				ChangeList.savedFile(earlierFile));
	}

	/**
	 * Reads a shared repository model now and as it was at a date or commit.
	 *
	 * @param model       the repository model's address (cdo://user@host:port/repository/path)
	 * @param since       a date (YYYY-MM-DD, meaning the end of that day) or a commit number
	 * @param option      the option that gave it, for messages ("--since")
	 * @param environment where the repository password is looked up
	 * @return both versions
	 * @throws UserInputException when {@code since} is neither a date nor a commit, or the repository cannot be read
	 */
	public static ComparedVersions inRepository(String model, String since, String option,
			Map<String, String> environment) {
		boolean commit = since.matches("\\d{6,}");
		if (!commit && !since.matches("\\d{4}-\\d{2}-\\d{2}")) {
			throw new UserInputException(option + " takes a date (YYYY-MM-DD) or a commit number from 'placewise"
					+ " repository log', not '" + since + "'");
		}
		long time = RepositoryCommand.moment(since, option + " " + since);
		RepositoryUrl url;
		try {
			url = RepositoryUrl.parse(model);
		} catch (IllegalArgumentException e) {
			throw new UserInputException(e.getMessage(), e);
		}
		char[] password = null;
		try {
			password = ModelLocations.password(url, environment);
			try (RepositoryConnection connection = RepositoryConnection.connect(url, password,
					TlsTrust.fromEnvironment(environment))) {
				PlacewiseModel now = connection.readCopy(url.path());
				PlacewiseModel then = connection.readCopyAt(url.path(), time);
				String earlier = commit ? commitPoint(connection, url.path(), time)
						: ChangeList.endOf(LocalDate.parse(since));
				return new ComparedVersions(now, then, model, earlier);
			}
		} catch (RepositoryException e) {
			throw new UserInputException(e.getMessage(), e);
		} finally {
			if (password != null) {
				Arrays.fill(password, '\0');
			}
		}
	}

	/** "commit 1764700000000 by alice on 2 Dec 2026", from the model's log. */
	private static String commitPoint(RepositoryConnection connection, String path, long time)
			throws RepositoryException {
		for (CommitRecord record : connection.log(path)) {
			if (record.time() == time) {
				return ChangeList.commit(time, record.author(),
						LocalDate.ofInstant(record.authoredAt(), ZoneId.systemDefault()));
			}
		}
		return ChangeList.commit(time, null, null);
	}
}
