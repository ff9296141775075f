package eu.clus3.plugin.testkit;

import eu.clus3.core.database.Database;
import eu.clus3.core.testing.Sql;
import eu.clus3.core.testing.TestDatabase;
import eu.clus3.core.testing.TestLogging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The databases the platform runs on, for module tests: each is opened once per test JVM, on first use,
 * the way the platform opens its own (connection pool, every Flyway migration, the JPA unit), and emptied
 * for each new {@link TestModuleContext}.
 */
public enum ModuleDatabase {

    /** An H2 file database in a temporary directory, as in a default installation; fast. */
    H2(TestDatabase.H2),

    /** A database in an embedded PostgreSQL server (one per JVM, started in a few seconds on first use). */
    POSTGRES(TestDatabase.POSTGRES);

    private final TestDatabase kind;
    private Database open;

    ModuleDatabase(TestDatabase kind) {
        this.kind = kind;
    }

    /** The database, opened and migrated on first use; emptied of everything the previous test wrote. */
    synchronized Database emptied() {
        if (open == null) {
            open = openOnce();
        }
        new Sql(open.dataSource()).emptyEveryTable();
        return open;
    }

    private Database openOnce() {
        TestLogging.quiet();
        Path dir;
        try {
            dir = Files.createTempDirectory("clus3-testkit-" + name().toLowerCase());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Database db = kind.createEmpty(dir).open();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            db.close();
            delete(dir);
        }, "clus3-testkit-" + name().toLowerCase() + "-close"));
        return db;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is no reason to fail the build
        }
    }
}
