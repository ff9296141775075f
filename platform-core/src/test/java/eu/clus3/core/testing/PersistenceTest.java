package eu.clus3.core.testing;

import eu.clus3.core.database.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

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
        sql().emptyEveryTable();
    }

    /** Plain SQL on this class's database, outside JPA. */
    protected Sql sql() {
        return new Sql(db.dataSource());
    }
}
