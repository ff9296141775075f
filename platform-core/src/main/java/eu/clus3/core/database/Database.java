package eu.clus3.core.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import eu.clus3.core.shared.ConflictException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The platform database. It owns the connection pool and the JPA unit, migrates the schema before JPA
 * touches it, and runs work in transactions.
 *
 * <p>Why not a container data source with JTA: the database (H2 file or PostgreSQL) is chosen at start
 * from configuration, Flyway must run before the JPA unit exists, and the persistence tests must run
 * exactly this code on H2 and PostgreSQL without a server.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    /** Not {@code persistence.xml}: the server must not pick it up and deploy a second unit. */
    static final String PERSISTENCE_XML = "META-INF/clus3-persistence.xml";

    private final HikariDataSource dataSource;
    private final EntityManagerFactory emf;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    private Database(HikariDataSource dataSource, EntityManagerFactory emf) {
        this.dataSource = dataSource;
        this.emf = emf;
    }

    /** Opens the pool, migrates the schema to the newest version and starts JPA. */
    public static Database open(String url, String user, String password) {
        HikariDataSource ds = pool(url, user, password);
        try {
            migrate(ds, MigrationVersion.LATEST);
            return new Database(ds, entityManagerFactory(ds));
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
    }

    static HikariDataSource pool(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("clus3");
        config.setJdbcUrl(url);
        // Named explicitly: DriverManager cannot see drivers inside a web application's class loader.
        config.setDriverClassName(driverFor(url));
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(16);
        config.setMinimumIdle(2);
        config.setAutoCommit(true);
        return new HikariDataSource(config);
    }

    static String driverFor(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return "org.h2.Driver";
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return "org.postgresql.Driver";
        }
        throw new IllegalArgumentException("Unsupported database URL (use jdbc:h2: or jdbc:postgresql:): "
                + url.replaceAll("(?i)(password=)[^;&]*", "$1***"));
    }

    /** Runs the versioned migrations up to {@code target}; never drops anything. */
    public static void migrate(DataSource ds, MigrationVersion target) {
        var result = Flyway.configure(Database.class.getClassLoader())
                .dataSource(ds)
                .locations("classpath:db/migration")
                .target(target)
                .load()
                .migrate();
        LOG.info(() -> result.migrationsExecuted == 0
                ? "Database schema is up to date"
                : "Database schema migrated to version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migration(s) applied)");
    }

    private static EntityManagerFactory entityManagerFactory(DataSource ds) {
        Map<String, Object> props = new HashMap<>();
        props.put("eclipselink.persistencexml", PERSISTENCE_XML);
        props.put("jakarta.persistence.nonJtaDataSource", ds);
        props.put("eclipselink.classloader", Database.class.getClassLoader());
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(Database.class.getClassLoader());
        try {
            EntityManagerFactory emf = Persistence.createEntityManagerFactory("clus3", props);
            emf.createEntityManager().close(); // connect now: a wrong mapping fails the start, not a request
            return emf;
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /**
     * Runs {@code work} in a transaction and commits it. A call inside another transaction joins it.
     * A lost optimistic-lock race becomes a {@link ConflictException}.
     */
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        EntityManager em = emf.createEntityManager();
        current.set(em);
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.get();
            em.flush();
            tx.commit();
            return result;
        } catch (OptimisticLockException e) {
            throw lostRace();
        } catch (RollbackException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw lostRace();
            }
            throw duplicateOr(e);
        } catch (PersistenceException e) {
            throw duplicateOr(e);
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            current.remove();
            em.close();
        }
    }

    /** Two writers raced past the services' version check; the later one must reload. */
    private static ConflictException lostRace() {
        return new ConflictException("error.staleVersion",
                "The data was changed by someone else at the same moment; reload it and try again", null);
    }

    /**
     * A unique constraint hit by two writers at the same moment (both passed the service's own check)
     * is a conflict for the caller, not a server error.
     */
    private static RuntimeException duplicateOr(PersistenceException e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return new ConflictException("error.duplicate",
                        "The data clashes with a record saved at the same moment; reload and try again", null);
            }
            // A row lock waited too long (H2 HYT00, PostgreSQL 55P03) or a deadlock/serialization failure (40xxx):
            // the writer queued behind others for too long, which is a "try again", not a server error.
            if (t instanceof SQLException sql && sql.getSQLState() != null && (sql.getSQLState().equals("HYT00")
                    || sql.getSQLState().equals("55P03") || sql.getSQLState().startsWith("40"))) {
                return new ConflictException("error.busy",
                        "Many people are writing here at this moment; please try again", null);
            }
        }
        return e;
    }

    public void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** The entity manager of the transaction in progress on this thread. */
    public EntityManager em() {
        EntityManager em = current.get();
        if (em == null) {
            throw new IllegalStateException("No transaction in progress: call inside Database.inTransaction");
        }
        return em;
    }

    /** Checks that a connection can be taken and answers a trivial query. */
    public boolean isReachable() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    public String productName() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            return "unreachable";
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        try {
            emf.close();
        } finally {
            dataSource.close();
        }
    }
}
