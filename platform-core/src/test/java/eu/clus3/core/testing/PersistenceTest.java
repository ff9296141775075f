package eu.clus3.core.testing;

import eu.clus3.core.database.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Base of the persistence tests. A test class extends it once per {@link TestDatabase} (e.g.
 * {@code UserServiceOnH2Test}, {@code UserServiceOnPostgresTest}), so the same tests run on every
 * supported database. Each concrete class gets a fresh database, opened through
 * {@link Database#open} like in production; every test starts with empty tables and a clock reset to
 * {@link MutableClock#START}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PersistenceTest {

    static {
        TestLogging.quiet();
    }

    protected final TestDatabase database;
    protected JdbcTarget target;
    protected Database db;
    protected final MutableClock clock = new MutableClock();

    protected PersistenceTest(TestDatabase database) {
        this.database = database;
    }

    @BeforeAll
    void openDatabase(@TempDir Path dir) {
        target = database.createEmpty(dir);
        db = target.open();
    }

    @AfterAll
    void closeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @BeforeEach
    void startFromEmptyTables() {
        clock.set(MutableClock.START);
        emptyEveryTable();
    }

    /**
     * Empties every table the migrations made (found in the database's own catalogue, so a migration that
     * adds a table needs nothing here), leaving Flyway's history alone.
     */
    private void emptyEveryTable() {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
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

    /** Plain SQL on this class's database, outside JPA. */
    protected Sql sql() {
        return new Sql(db.dataSource());
    }
}
