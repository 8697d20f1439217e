package org.placewise.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.cdo.CDOObject;
import org.eclipse.emf.cdo.eresource.CDOResource;
import org.eclipse.emf.cdo.server.db.IDBStore;
import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.cdo.util.CommitConflictException;
import org.eclipse.emf.cdo.util.CommitException;
import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.placewise.server.RepositoryServer;
import org.placewise.server.StoreKind;

/**
 * A real server (H2 in a temporary directory, or a real PostgreSQL) and real CDO clients over TCP on 127.0.0.1.
 */
class RepositoryServerTest {
	static final String RESOURCE = "/partnership";

	static final String WELSH_AND_URDU = "Penderfyniad: Bwrdd Iechyd Prifysgol Betsi Cadwaladr – ŵ ŷ â £2,000,000; "
			+ "اردو: مقامی شراکت داری کا فیصلہ";

	@TempDir
	java.nio.file.Path temp;

	private StoreFixture fixture;

	@AfterEach
	void stopServers() {
		if (fixture != null) {
			fixture.close();
		}
	}

	private RepositoryServer start(StoreKind kind) throws Exception {
		fixture = new StoreFixture(kind, temp);
		return fixture.start();
	}

	@ParameterizedTest
	@EnumSource(StoreKind.class)
	void everyValueSurvivesAFreshSessionAndARestart(StoreKind kind) throws Exception {
		RepositoryServer server = start(kind);
		EObject written;
		try (RepositoryClient editor = RepositoryClient.connect(server, StoreFixture.EDITOR, StoreFixture.PASSWORD)) {
			CDOTransaction transaction = editor.openTransaction();
			written = samplePartnership(editor.model);
			transaction.getOrCreateResource(RESOURCE).getContents().add(written);
			transaction.commit();

			try (RepositoryClient reader = RepositoryClient.connect(server, StoreFixture.VIEWER,
					StoreFixture.PASSWORD)) {
				EObject read = reader.openView().getResource(RESOURCE).getContents().get(0);
				ModelAssertions.assertSameContent(written, read, "partnership");
			}

			server.close();
			RepositoryServer restarted = fixture.start(fixture.configuration().build());
			try (RepositoryClient reader = RepositoryClient.connect(restarted, StoreFixture.VIEWER,
					StoreFixture.PASSWORD)) {
				EObject read = reader.openView().getResource(RESOURCE).getContents().get(0);
				ModelAssertions.assertSameContent(samplePartnership(reader.model), read, "partnership after restart");
			}
		}
	}

	@ParameterizedTest
	@EnumSource(StoreKind.class)
	void wrongPasswordAndUnknownUserAreRefused(StoreKind kind) throws Exception {
		RepositoryServer server = start(kind);
		SecurityException wrongPassword = assertThrows(SecurityException.class,
				() -> RepositoryClient.connect(server, StoreFixture.EDITOR, "not the password").close());
		assertEquals("Login refused for user 'alice': unknown user or wrong password", wrongPassword.getMessage());
		SecurityException unknownUser = assertThrows(SecurityException.class,
				() -> RepositoryClient.connect(server, "mallory", StoreFixture.PASSWORD).close());
		assertEquals("Login refused for user 'mallory': unknown user or wrong password", unknownUser.getMessage());
	}

	@ParameterizedTest
	@EnumSource(StoreKind.class)
	void viewerCommitIsRefusedAndNothingIsWrittenButAnEditorMayCommit(StoreKind kind) throws Exception {
		RepositoryServer server = start(kind);
		commitSample(server);
		List<Long> commitsBefore = commitTimes(server);
		try (RepositoryClient viewer = RepositoryClient.connect(server, StoreFixture.VIEWER, StoreFixture.PASSWORD)) {
			CDOTransaction transaction = viewer.openTransaction();
			EObject partnership = transaction.getResource(RESOURCE).getContents().get(0);
			set(partnership, "name", "Renamed by a viewer");
			list(partnership, "boards").add(board(viewer.model, "Shadow board", 1, false));

			CommitException refusal = assertThrows(CommitException.class, transaction::commit);
			assertTrue(refusal.getMessage().contains("User 'victor' has role viewer and may not commit"),
					refusal.getMessage());
		}
		assertEquals(commitsBefore, commitTimes(server), "a commit was recorded");
		try (RepositoryClient reader = RepositoryClient.connect(server, StoreFixture.EDITOR, StoreFixture.PASSWORD)) {
			EObject partnership = reader.openView().getResource(RESOURCE).getContents().get(0);
			assertEquals("Morecambe Bay Place Partnership", get(partnership, "name"));
			assertEquals(2, list(partnership, "boards").size());
		}
		try (RepositoryClient editor = RepositoryClient.connect(server, StoreFixture.EDITOR, StoreFixture.PASSWORD)) {
			CDOTransaction transaction = editor.openTransaction();
			set(transaction.getResource(RESOURCE).getContents().get(0), "memberCount", 15);
			transaction.setCommitComment("Hospice joined");
			assertEquals("alice", transaction.commit().getUserID(), "an editor's commit is accepted");
		}
		try (RepositoryClient reader = RepositoryClient.connect(server, StoreFixture.VIEWER, StoreFixture.PASSWORD)) {
			assertEquals(15, get(reader.openView().getResource(RESOURCE).getContents().get(0), "memberCount"));
		}
	}

	@ParameterizedTest
	@EnumSource(StoreKind.class)
	void onlyAnAdminMayAddAModelPackage(StoreKind kind) throws Exception {
		RepositoryServer server = start(kind);
		String otherUri = "http://placewise.org/test/other/1.0";
		try (RepositoryClient editor = RepositoryClient.connect(server, StoreFixture.EDITOR, StoreFixture.PASSWORD)) {
			TestModel other = TestModel.createOther(otherUri);
			editor.session.getPackageRegistry().putEPackage(other.ePackage);
			CDOTransaction transaction = editor.openTransaction();
			transaction.getOrCreateResource("/other").getContents().add(board(other, "Unknown board", 1, true));
			CommitException refusal = assertThrows(CommitException.class, transaction::commit);
			assertTrue(refusal.getMessage().contains("User 'alice' has role editor and may not add model packages"),
					refusal.getMessage());
		}
		try (RepositoryClient admin = RepositoryClient.connect(server, StoreFixture.ADMIN, StoreFixture.PASSWORD)) {
			TestModel other = TestModel.createOther(otherUri);
			admin.session.getPackageRegistry().putEPackage(other.ePackage);
			CDOTransaction transaction = admin.openTransaction();
			transaction.getOrCreateResource("/other").getContents().add(board(other, "Known board", 1, true));
			transaction.commit();
		}
	}

	@ParameterizedTest
	@EnumSource(StoreKind.class)
	void twoEditorsChangingOneDecisionGetAConflictAndNoValueIsLost(StoreKind kind) throws Exception {
		RepositoryServer server = start(kind);
		commitSample(server);
		try (RepositoryClient first = RepositoryClient.connect(server, StoreFixture.EDITOR, StoreFixture.PASSWORD);
				RepositoryClient second = RepositoryClient.connect(server, StoreFixture.ADMIN, StoreFixture.PASSWORD)) {
			CDOTransaction firstTransaction = first.openTransaction();
			CDOTransaction secondTransaction = second.openTransaction();
			EObject firstDecision = decision(firstTransaction);
			EObject secondDecision = decision(secondTransaction);

			set(firstDecision, "amount", new BigDecimal("1750000.00"));
			set(secondDecision, "amount", new BigDecimal("1900000.00"));
			firstTransaction.commit();

			assertThrows(CommitConflictException.class, secondTransaction::commit);
			secondTransaction.rollback();
			assertEquals(new BigDecimal("1750000.00"), get(decision(secondTransaction), "amount"),
					"the second editor now sees the first editor's value");
			set(decision(secondTransaction), "amount", new BigDecimal("1900000.00"));
			secondTransaction.commit();
		}
		try (RepositoryClient reader = RepositoryClient.connect(server, StoreFixture.VIEWER, StoreFixture.PASSWORD)) {
			CDOView view = reader.openView();
			assertEquals(new BigDecimal("1900000.00"), get(decision(view), "amount"));
			List<BigDecimal> history = new ArrayList<>();
			reader.session.getCommitInfoManager().getCommitInfos(null, 0, Long.MAX_VALUE, info -> {
				CDOView past = reader.session.openView(info.getTimeStamp());
				CDOResource resource = past.hasResource(RESOURCE) ? past.getResource(RESOURCE) : null;
				if (resource != null) {
					history.add((BigDecimal) get(decision(past), "amount"));
				}
				past.close();
			});
			assertEquals(
					List.of(new BigDecimal("2000000.00"), new BigDecimal("1750000.00"), new BigDecimal("1900000.00")),
					history, "every committed value is in the history");
		}
	}

	@ParameterizedTest
	@EnumSource(StoreKind.class)
	void twentyClientsCommittingFiftyTimesEachLoseNothing(StoreKind kind) throws Exception {
		int clients = 20;
		int commitsPerClient = 50;
		RepositoryServer server = start(kind);
		try (RepositoryClient admin = RepositoryClient.connect(server, StoreFixture.ADMIN, StoreFixture.PASSWORD)) {
			CDOTransaction transaction = admin.openTransaction();
			EObject partnership = EcoreUtil.create(admin.model.partnership);
			for (int client = 0; client < clients; client++) {
				EObject log = EcoreUtil.create(admin.model.commitLog);
				set(log, "client", client);
				list(partnership, "logs").add(log);
			}
			transaction.getOrCreateResource(RESOURCE).getContents().add(partnership);
			transaction.commit();
		}

		ExecutorService executor = Executors.newFixedThreadPool(clients);
		try {
			List<Future<?>> results = new ArrayList<>();
			for (int client = 0; client < clients; client++) {
				int index = client;
				results.add(executor.submit(() -> {
					try (RepositoryClient editor = RepositoryClient.connect(server, StoreFixture.EDITOR,
							StoreFixture.PASSWORD)) {
						CDOTransaction transaction = editor.openTransaction();
						EObject log = RepositoryServerTest
								.<EObject>list(transaction.getResource(RESOURCE).getContents().get(0), "logs")
								.get(index);
						for (int seq = 0; seq < commitsPerClient; seq++) {
							EObject entry = EcoreUtil.create(editor.model.logEntry);
							set(entry, "seq", seq);
							set(entry, "label", "client " + index + " commit " + seq);
							list(log, "entries").add(entry);
							transaction.commit();
						}
					}
					return null;
				}));
			}
			for (Future<?> result : results) {
				result.get(10, TimeUnit.MINUTES); // a hang guard, not a speed assertion
			}
		} finally {
			executor.shutdownNow();
		}

		try (RepositoryClient reader = RepositoryClient.connect(server, StoreFixture.VIEWER, StoreFixture.PASSWORD)) {
			List<EObject> logs = list(reader.openView().getResource(RESOURCE).getContents().get(0), "logs");
			assertEquals(clients, logs.size());
			Set<Object> ids = new HashSet<>();
			for (EObject log : logs) {
				int client = (Integer) get(log, "client");
				List<EObject> entries = list(log, "entries");
				assertEquals(commitsPerClient, entries.size(), "entries of client " + client);
				long previousCommit = Long.MIN_VALUE;
				for (int seq = 0; seq < commitsPerClient; seq++) {
					EObject entry = entries.get(seq);
					assertEquals(seq, get(entry, "seq"), "order of client " + client);
					assertEquals("client " + client + " commit " + seq, get(entry, "label"));
					long committedAt = ((CDOObject) entry).cdoRevision().getTimeStamp();
					assertTrue(committedAt > previousCommit, "commit times of client " + client + " are in order");
					previousCommit = committedAt;
					assertTrue(ids.add(((CDOObject) entry).cdoID()), "duplicate entry " + entry);
				}
			}
			assertEquals(clients * commitsPerClient, ids.size());
		}
	}

	@ParameterizedTest
	@EnumSource(StoreKind.class)
	void everyAuditTableHasAnIndexOnIdAndRevised(StoreKind kind) throws Exception {
		RepositoryServer server = start(kind);
		commitSample(server);
		IDBStore store = (IDBStore) server.repository().getStore();
		Map<String, Boolean> auditTables = new TreeMap<>();
		try (Connection connection = store.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			String schema = connection.getSchema();
			for (String table : tables(metaData, schema)) {
				Set<String> columns = columns(metaData, schema, table);
				if (columns.contains("CDO_ID") && columns.contains("CDO_REVISED")) {
					auditTables.put(table.toUpperCase(Locale.ROOT), hasIdRevisedIndex(metaData, schema, table));
				}
			}
		}
		assertTrue(auditTables.keySet().stream().anyMatch(name -> name.contains("DECISION")), auditTables.toString());
		assertTrue(auditTables.keySet().stream().anyMatch(name -> name.contains("DELEGATIONOFFINANCIAL")),
				"the 71-character class has a table: " + auditTables);
		assertFalse(auditTables.containsValue(false), "tables without (CDO_ID, CDO_REVISED) index: " + auditTables);
	}

	// ---------------------------------------------------------------------------------------------------------------

	static EObject samplePartnership(TestModel model) {
		EObject partnership = EcoreUtil.create(model.partnership);
		set(partnership, "name", "Morecambe Bay Place Partnership");
		set(partnership, "founded", Date.from(Instant.parse("2023-07-01T00:00:00Z")));
		set(partnership, "budget", new BigDecimal("12500000.75"));
		set(partnership, "memberCount", 14);
		EObject icb = board(model, "Integrated Care Board", 5, true);
		EObject committee = board(model, "Place Committee", 3, false);
		list(partnership, "boards").add(icb);
		list(partnership, "boards").add(committee);

		EObject decision = EcoreUtil.create(model.decision);
		set(decision, "title", "Discharge fund");
		set(decision, "takenOn", Date.from(Instant.parse("2024-03-14T10:30:15.250Z")));
		set(decision, "amount", new BigDecimal("2000000.00"));
		set(decision, "order", 3);
		set(decision, "limit", new BigDecimal("1500000.50"));
		set(decision, "user", "programme office");
		set(decision, "offset", 9_876_543_210L);
		set(decision, "notes", WELSH_AND_URDU);
		set(decision, "status", model.status.getEEnumLiteral("AGREED").getInstance());
		list(decision, "tags").addAll(List.of("discharge", "better care fund", "winter"));
		set(decision, "board", icb);
		list(partnership, "decisions").add(decision);

		EObject delegation = EcoreUtil.create(model.delegation);
		set(delegation, "amountDelegated", new BigDecimal("250000"));
		set(delegation, "delegate", committee);
		list(partnership, "delegations").add(delegation);
		return partnership;
	}

	static EObject board(TestModel model, String name, int quorum, boolean quorate) {
		EObject board = EcoreUtil.create((EClass) model.classifier("Board"));
		set(board, "name", name);
		set(board, "quorum", quorum);
		set(board, "quorate", quorate);
		return board;
	}

	private static void commitSample(RepositoryServer server) throws CommitException {
		try (RepositoryClient admin = RepositoryClient.connect(server, StoreFixture.ADMIN, StoreFixture.PASSWORD)) {
			CDOTransaction transaction = admin.openTransaction();
			transaction.getOrCreateResource(RESOURCE).getContents().add(samplePartnership(admin.model));
			transaction.commit();
		}
	}

	private static List<Long> commitTimes(RepositoryServer server) {
		try (RepositoryClient reader = RepositoryClient.connect(server, StoreFixture.VIEWER, StoreFixture.PASSWORD)) {
			List<Long> times = new ArrayList<>();
			reader.session.getCommitInfoManager().getCommitInfos(null, 0, Long.MAX_VALUE,
					info -> times.add(info.getTimeStamp()));
			return times;
		}
	}

	private static EObject decision(CDOView view) {
		return RepositoryServerTest.<EObject>list(view.getResource(RESOURCE).getContents().get(0), "decisions").get(0);
	}

	static void set(EObject object, String feature, Object value) {
		object.eSet(object.eClass().getEStructuralFeature(feature), value);
	}

	static Object get(EObject object, String feature) {
		return object.eGet(object.eClass().getEStructuralFeature(feature));
	}

	@SuppressWarnings("unchecked")
	static <T> List<T> list(EObject object, String feature) {
		return (List<T>) get(object, feature);
	}

	private static List<String> tables(DatabaseMetaData metaData, String schema) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (ResultSet result = metaData.getTables(null, schema, "%", new String[] { "TABLE" })) {
			while (result.next()) {
				tables.add(result.getString("TABLE_NAME"));
			}
		}
		return tables;
	}

	private static Set<String> columns(DatabaseMetaData metaData, String schema, String table) throws SQLException {
		Set<String> columns = new HashSet<>();
		try (ResultSet result = metaData.getColumns(null, schema, table, "%")) {
			while (result.next()) {
				columns.add(result.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
			}
		}
		return columns;
	}

	private static boolean hasIdRevisedIndex(DatabaseMetaData metaData, String schema, String table)
			throws SQLException {
		Map<String, List<String>> indexColumns = new TreeMap<>();
		try (ResultSet result = metaData.getIndexInfo(null, schema, table, false, false)) {
			while (result.next()) {
				String index = result.getString("INDEX_NAME");
				String column = result.getString("COLUMN_NAME");
				if (index != null && column != null) {
					indexColumns.computeIfAbsent(index, key -> new ArrayList<>())
							.add(result.getShort("ORDINAL_POSITION") + ":"
									+ column.toUpperCase(Locale.ROOT));
				}
			}
		}
		return indexColumns.values().stream().anyMatch(columns -> columns.equals(List.of("1:CDO_ID", "2:CDO_REVISED")));
	}
}
