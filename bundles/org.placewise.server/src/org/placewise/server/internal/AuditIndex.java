package org.placewise.server.internal;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.net4j.db.IDBAdapter;
import org.eclipse.net4j.db.ddl.IDBField;
import org.eclipse.net4j.db.ddl.IDBIndex;
import org.eclipse.net4j.db.ddl.IDBTable;

/**
 * The extra index on {@code (CDO_ID, CDO_REVISED)} that every audit table gets.
 * <p>
 * With audits on, CDO 4.7 revises the previous version of each changed object with
 * {@code UPDATE ... WHERE CDO_ID=? AND CDO_REVISED=0} and reads current state with the same condition. Its own indices
 * are the primary key {@code (CDO_ID, CDO_VERSION)} and {@code CDO_REVISED} alone; after a bulk load almost every row
 * has {@code CDO_REVISED=0}, and H2 1.4.199 (and PostgreSQL with stale statistics) then picks the CDO_REVISED index and
 * scans the whole table per changed object. An index matching both conditions makes that one lookup.
 */
public final class AuditIndex {
	/** CDO's object id column. */
	public static final String ID_FIELD = "CDO_ID";

	/** CDO's column holding the time a version was superseded (0 while current). */
	public static final String REVISED_FIELD = "CDO_REVISED";

	private static final String SUFFIX = "_IDREV";

	private AuditIndex() {
	}

	/**
	 * @param table a table CDO is creating
	 * @return whether it is an audit table that needs the extra index and does not declare it already
	 */
	public static boolean isNeededFor(IDBTable table) {
		IDBField id = table.getField(ID_FIELD);
		IDBField revised = table.getField(REVISED_FIELD);
		if (id == null || revised == null) {
			return false;
		}
		IDBField[] wanted = { id, revised };
		for (IDBIndex index : table.getIndices()) {
			if (Arrays.equals(index.getFields(), wanted)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * @param adapter the database adapter (for its name length limit)
	 * @param table   the audit table
	 * @return a deterministic index name that fits the database's limit
	 */
	public static String nameFor(IDBAdapter adapter, IDBTable table) {
		String tableName = table.getName();
		int limit = adapter.getMaxTableNameLength();
		String name = tableName + SUFFIX;
		if (name.length() > limit) {
			// Keep it unique across long, similar class names: truncated name plus a hash of the full one.
			String hash = Integer.toHexString(tableName.hashCode()).toUpperCase(Locale.ROOT);
			name = tableName.substring(0, limit - SUFFIX.length() - hash.length() - 1) + "_" + hash + SUFFIX;
		}
		return name;
	}

	/**
	 * Creates the index if the table needs it.
	 *
	 * @param adapter   the database adapter
	 * @param table     the table just created
	 * @param statement a statement on the connection that created it
	 * @throws SQLException if the index cannot be created
	 */
	public static void createIfNeeded(IDBAdapter adapter, IDBTable table, Statement statement) throws SQLException {
		if (isNeededFor(table)) {
			statement.execute(
					"CREATE INDEX " + nameFor(adapter, table) + " ON " + table.getName() + " (" + ID_FIELD + ", "
							+ REVISED_FIELD + ")");
		}
	}
}
