package eu.clus3.core.testing;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Plain JDBC on a data source, to set up or inspect what JPA wrote without going through it. */
public final class Sql {

    private final DataSource dataSource;

    public Sql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs an update and returns the number of rows changed. */
    public int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs a query; column names become lower-case keys, whatever case the database folds them to. */
    public List<Map<String, Object>> rows(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            try (ResultSet rs = s.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Map<String, Object>> result = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getObject(i));
                    }
                    result.add(row);
                }
                return result;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The one row a query answers. */
    public Map<String, Object> row(String sql, Object... args) {
        List<Map<String, Object>> rows = rows(sql, args);
        if (rows.size() != 1) {
            throw new IllegalStateException("Expected one row from " + sql + ", got " + rows);
        }
        return rows.get(0);
    }

    /** The single number a query answers, e.g. a COUNT. */
    public long number(String sql, Object... args) {
        Map<String, Object> row = row(sql, args);
        if (row.size() != 1) {
            throw new IllegalStateException("Expected one column from " + sql + ", got " + row);
        }
        return ((Number) row.values().iterator().next()).longValue();
    }

    /**
     * Empties every table the migrations made (found in the database's own catalogue, so a migration that
     * adds a table needs nothing here), leaving Flyway's history alone.
     */
    public void emptyEveryTable() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[]{"TABLE"})) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    String table = rs.getString("TABLE_NAME");
                    if (!table.equalsIgnoreCase("flyway_schema_history")
                            && schema != null && (schema.equalsIgnoreCase("public"))) {
                        tables.add(table);
                    }
                }
            }
            if (c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")) {
                s.execute("TRUNCATE " + String.join(", ", tables) + " CASCADE");
            } else {
                s.execute("SET REFERENTIAL_INTEGRITY FALSE");
                try {
                    for (String table : tables) {
                        s.execute("DELETE FROM \"" + table + "\"");
                    }
                } finally {
                    s.execute("SET REFERENTIAL_INTEGRITY TRUE");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not empty the tables", e);
        }
    }

    private static void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
    }
}
