package org.placewise.server.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.net4j.db.DBException;
import org.eclipse.net4j.db.ddl.IDBTable;
import org.eclipse.net4j.db.ddl.delta.IDBTableDelta;
import org.eclipse.net4j.db.h2.H2Adapter;

/**
 * CDO 4.7's H2 adapter with the two fixes Placewise needs for H2 1.4.199: H2's own keywords (such as {@code LIMIT},
 * {@code OFFSET}, {@code TOP}) are treated as reserved so features with those names get safe column names, and audit
 * tables get the {@link AuditIndex}.
 */
public class PlacewiseH2Adapter extends H2Adapter {
	/** H2 1.4.199 keywords that cannot be used as plain identifiers, beyond SQL-92. */
	private static final List<String> H2_KEYWORDS = List.of("ARRAY", "CURRENT_CATALOG", "CURRENT_SCHEMA", "EXCEPT",
			"FETCH", "GROUPS", "IF", "ILIKE", "INTERSECTS", "LIMIT", "MINUS", "OFFSET", "OVER", "PARTITION", "QUALIFY",
			"RANGE", "REGEXP", "ROW", "_ROWID_", "ROWNUM", "ROWS", "SYSDATE", "SYSTIME", "SYSTIMESTAMP", "TODAY", "TOP",
			"UNKNOWN", "WINDOW");

	private final String[] reservedWords;

	/** Creates the adapter; it keeps CDO's adapter name {@code h2}. */
	public PlacewiseH2Adapter() {
		Set<String> words = new LinkedHashSet<>(List.of(getSQL92ReservedWords()));
		words.addAll(H2_KEYWORDS);
		reservedWords = words.toArray(String[]::new);
	}

	@Override
	public String[] getReservedWords() {
		return reservedWords.clone();
	}

	@Override
	protected void doCreateTable(IDBTable table, Statement statement) throws SQLException {
		super.doCreateTable(table, statement);
		AuditIndex.createIfNeeded(this, table, statement);
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
}
