package eu.clus3.core.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** The databases the platform supports; every persistence test runs against each of them. */
public enum TestDatabase {

    /** An H2 file database in the given directory, as in a default installation. */
    H2 {
        @Override
        public JdbcTarget createEmpty(Path dir) {
            String name = "clus3-" + COUNTER.incrementAndGet();
            return new JdbcTarget("jdbc:h2:file:" + dir.toAbsolutePath().resolve(name), "sa", "");
        }
    },

    /** A fresh database in the one embedded PostgreSQL server of this JVM. */
    POSTGRES {
        @Override
        public JdbcTarget createEmpty(Path dir) {
            var server = EmbeddedPostgresServer.get();
            String name = "clus3_test_" + COUNTER.incrementAndGet();
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create the test database " + name, e);
            }
            return new JdbcTarget(server.getJdbcUrl("postgres", name), "postgres", "postgres");
        }
    };

    private static final AtomicInteger COUNTER = new AtomicInteger();

    /**
     * A new, empty database (no tables, no migration history). {@code dir} is a temporary directory
     * owned by the caller; file databases live there.
     */
    public abstract JdbcTarget createEmpty(Path dir);
}
