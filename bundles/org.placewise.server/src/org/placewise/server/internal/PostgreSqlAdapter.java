package org.placewise.server.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.net4j.db.DBException;
import org.eclipse.net4j.db.DBType;
import org.eclipse.net4j.db.ddl.IDBField;
import org.eclipse.net4j.db.ddl.IDBIndex;
import org.eclipse.net4j.db.ddl.IDBTable;
import org.eclipse.net4j.db.ddl.delta.IDBTableDelta;
import org.eclipse.net4j.spi.db.DBAdapter;

/**
 * A CDO 4.7 database adapter for PostgreSQL (written for Placewise: CDO's own adapter is not on Maven Central).
 * <p>
 * What differs from the SQL-92 base adapter, and why:
 * <ul>
 * <li>SQLStates: PostgreSQL reports a missing table as {@code 42P01}, a missing column as {@code 42703} and a unique
 * violation as {@code 23505}. CDO probes its system tables on first start and expects "table not found"; without
 * {@code 42P01} the repository fails with {@code relation "cdo_properties" does not exist}.</li>
 * <li>Types: there is no {@code DOUBLE}, {@code TINYINT}, {@code CLOB} or {@code BLOB}; binaries are {@code BYTEA} and
 * {@code byte[]} attributes are written as bytes, not as large objects.</li>
 * <li>Names: at most 63 characters (longer ones are silently truncated by the server, which breaks the schema after a
 * restart); PostgreSQL's reserved words and system columns ({@code oid}, {@code xmin}, ...) are avoided.</li>
 * <li>Schema reading: only the connection's current schema, and metadata lookups use the lower-case names PostgreSQL
 * folds unquoted identifiers to.</li>
 * <li>DDL: {@code ALTER COLUMN ... TYPE}, {@code DROP INDEX}, {@code DROP TABLE ... CASCADE}; a failed
 * {@code CREATE TABLE} is rolled back to a savepoint because PostgreSQL aborts the whole transaction otherwise.</li>
 * <li>Audit tables get the {@link AuditIndex}.</li>
 * </ul>
 */
public class PostgreSqlAdapter extends DBAdapter {
	/** Adapter name recorded by CDO. */
	public static final String NAME = "postgresql";

	/** Oldest PostgreSQL release this adapter is tested against. */
	public static final String VERSION = "15";

	/** PostgreSQL's identifier limit (NAMEDATALEN - 1). */
	public static final int MAX_NAME_LENGTH = 63;

	/** PostgreSQL keywords that are reserved or cannot be column names, beyond SQL-92 (PostgreSQL 15 appendix C). */
	private static final List<String> POSTGRESQL_KEYWORDS = List.of("ANALYSE", "ANALYZE", "ARRAY", "ASYMMETRIC",
			"AUTHORIZATION", "BINARY", "BOTH", "CONCURRENTLY", "CURRENT_CATALOG", "CURRENT_ROLE", "CURRENT_SCHEMA",
			"DEFERRABLE", "DO", "FETCH", "FREEZE", "ILIKE", "INITIALLY", "ISNULL", "LATERAL", "LEADING", "LIMIT",
			"LOCALTIME", "LOCALTIMESTAMP", "NOTNULL", "OFFSET", "OVERLAPS", "PLACING", "RETURNING", "SETOF", "SIMILAR",
			"SYMMETRIC", "TABLESAMPLE", "TRAILING", "VARIADIC", "VERBOSE", "WINDOW", "GREATEST", "LEAST", "NORMALIZE",
			"OVERLAY", "TREAT", "XMLATTRIBUTES", "XMLCONCAT", "XMLELEMENT", "XMLEXISTS", "XMLFOREST", "XMLNAMESPACES",
			"XMLPARSE", "XMLPI", "XMLROOT", "XMLSERIALIZE", "XMLTABLE");

	/** Columns every PostgreSQL table has implicitly; a user column with these names cannot be created. */
	private static final List<String> SYSTEM_COLUMNS = List.of("OID", "TABLEOID", "XMIN", "XMAX", "CMIN", "CMAX",
			"CTID");

	private final String[] reservedWords;

	/** Creates the adapter. */
	public PostgreSqlAdapter() {
		super(NAME, VERSION);
		Set<String> words = new LinkedHashSet<>(List.of(getSQL92ReservedWords()));
		words.addAll(POSTGRESQL_KEYWORDS);
		words.addAll(SYSTEM_COLUMNS);
		reservedWords = words.toArray(String[]::new);
	}

	@Override
	public String[] getReservedWords() {
		return reservedWords.clone();
	}

	@Override
	public int getMaxTableNameLength() {
		return MAX_NAME_LENGTH;
	}

	@Override
	public int getMaxFieldNameLength() {
		return MAX_NAME_LENGTH;
	}

	@Override
	public boolean isValidFirstChar(char ch) {
		// Unquoted identifiers start with a letter or underscore.
		return Character.isLetter(ch) || ch == '_';
	}

	@Override
	public boolean isDuplicateKeyException(SQLException ex) {
		return "23505".equals(ex.getSQLState());
	}

	@Override
	public boolean isTableNotFoundException(SQLException ex) {
		return "42P01".equals(ex.getSQLState());
	}

	@Override
	public boolean isColumnNotFoundException(SQLException ex) {
		return "42703".equals(ex.getSQLState());
	}

	@Override
	protected String getTypeName(IDBField field) {
		DBType type = field.getType();
		return switch (type) {
		case BOOLEAN, BIT -> "BOOLEAN";
		case TINYINT -> "SMALLINT";
		case FLOAT, DOUBLE -> "DOUBLE PRECISION";
		case LONGVARCHAR, CLOB -> "TEXT";
		case BINARY, VARBINARY, LONGVARBINARY, BLOB -> "BYTEA";
		default -> super.getTypeName(field);
		};
	}

	@Override
	public DBType adaptType(DBType type) {
		// CDO writes BLOB-typed values through JDBC Blob, which the PostgreSQL driver maps to large objects (OIDs), not
		// to BYTEA columns; as VARBINARY they are written as plain bytes.
		return type == DBType.BLOB ? DBType.VARBINARY : type;
	}

	@Override
	protected ResultSet readTables(Connection connection, DatabaseMetaData metaData, String schemaName)
			throws SQLException {
		// Only this repository's schema: other schemas in the same database are none of CDO's business.
		return metaData.getTables(null, connection.getSchema(), null, new String[] { "TABLE" });
	}

	@Override
	protected void readIndices(Connection connection, DatabaseMetaData metaData, IDBTable table, String schemaName)
			throws SQLException {
		// CDO names are upper case in memory; PostgreSQL stored the unquoted names folded to lower case.
		String schema = connection.getSchema();
		String tableName = table.getName().toLowerCase(Locale.ROOT);
		readIndices(connection, metaData.getPrimaryKeys(null, schema, tableName), table, 6, 0, 4, 5);
		readIndices(connection, metaData.getIndexInfo(null, schema, tableName, false, false), table, 6, 4, 9, 8);
	}

	@Override
	protected void doCreateTable(IDBTable table, Statement statement) throws SQLException {
		Connection connection = statement.getConnection();
		Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
		try {
			super.doCreateTable(table, statement);
			AuditIndex.createIfNeeded(this, table, statement);
		} catch (SQLException | RuntimeException ex) {
			// Without this, PostgreSQL refuses every later statement in the transaction ("current transaction is
			// aborted"), including the check CDO runs when the table already exists.
			if (savepoint != null) {
				connection.rollback(savepoint);
			}
			throw ex;
		}
		if (savepoint != null) {
			connection.releaseSavepoint(savepoint);
		}
	}

	@Override
	protected void createTable(Connection connection, IDBTable table, IDBTableDelta delta) {
		super.createTable(connection, table, delta);
		try (Statement statement = connection.createStatement()) {
			AuditIndex.createIfNeeded(this, table, statement);
		} catch (SQLException ex) {
			throw new DBException(ex);
		}
	}

	@Override
	protected void dropIndex(IDBIndex index, StringBuilder builder) {
		builder.append("DROP INDEX IF EXISTS ").append(index);
	}

	@Override
	protected String getDropTableSQL(IDBTable table) {
		return "DROP TABLE " + table + " CASCADE";
	}

	@Override
	public String sqlModifyField(IDBField field) {
		String column = field.getName();
		return "ALTER TABLE " + field.getTable().getName() + " ALTER COLUMN " + column + " TYPE " + getTypeName(field)
				+ ", ALTER COLUMN " + column + (field.isNotNull() ? " SET NOT NULL" : " DROP NOT NULL");
	}

	@Override
	protected void dropField(Connection connection, String tableName, String fieldName) {
		try (Statement statement = connection.createStatement()) {
			statement.execute("ALTER TABLE " + tableName + " DROP COLUMN " + fieldName + " CASCADE");
		} catch (SQLException ex) {
			throw new DBException(ex);
		}
	}
}
