package eu.clus3.ui.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import static eu.clus3.ui.it.ApiAssertions.assertJson;
import static eu.clus3.ui.it.ApiAssertions.assertProblem;
import static eu.clus3.ui.it.ApiAssertions.createUser;
import static eu.clus3.ui.it.ApiAssertions.listedUsernames;
import static eu.clus3.ui.it.ApiAssertions.newUser;
import static eu.clus3.ui.it.ApiAssertions.uniqueUsername;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the running server must do on every database it supports: the same tests run against the
 * Arquillian deployment on H2 ({@link RestApiIT}) and against a server on PostgreSQL ({@link PostgresIT}).
 */
abstract class PlatformApiContract {

    /** The application's address, ending in '/'. */
    protected abstract URI base();

    /** What the database health check must report as the product (JDBC metadata). */
    protected abstract String expectedDatabaseProduct();

    protected Api anonymous() {
        return Api.at(base());
    }

    protected Api admin() {
        return anonymous().withToken(AdminToken.of(base()));
    }

    @Test
    void healthIsUpWithItsDatabaseSearchIndexAndPluginDirectoryChecks() {
        JsonNode health = assertJson(anonymous().get("health"), 200);

        assertThat(health.path("status").asText()).isEqualTo("UP");
        Map<String, JsonNode> checks = new HashMap<>();
        health.path("checks").forEach(c -> checks.put(c.path("name").asText(), c));
        assertThat(checks).containsKeys("database", "search-index", "plugin-directory");
        checks.values().forEach(c -> assertThat(c.path("status").asText()).as("check %s", c).isEqualTo("UP"));
        assertThat(checks.get("database").path("data").path("product").asText()).isEqualTo(expectedDatabaseProduct());
    }

    @Test
    void anAdministratorCreatesAUserAndFindsItInTheList() {
        String username = uniqueUsername("carla");

        JsonNode created = createUser(admin(), username, "PARTNER");

        assertThat(created.path("id").asLong()).isPositive();
        assertThat(created.path("role").asText()).isEqualTo("PARTNER");
        assertThat(created.path("active").asBoolean()).isTrue();
        assertThat(created.has("password")).isFalse();
        assertThat(created.toString()).doesNotContainIgnoringCase("hash");
        assertThat(listedUsernames(admin())).contains(username, TestEnvironment.ADMIN);
        JsonNode fetched = assertJson(admin().get("api/users/" + created.path("id").asLong()), 200);
        assertThat(fetched.path("email").asText()).isEqualTo(username + "@example.org");
    }

    @Test
    void aTakenUserNameIsRefusedWithAnErrorOnTheUsernameField() {
        String username = uniqueUsername("dario");
        createUser(admin(), username, "MEMBER");

        JsonNode problem = assertProblem(admin().post("api/users", newUser(username, "MEMBER")), 400);

        assertThat(problem.path("errors")).isNotEmpty();
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("username");
        assertThat(problem.path("errors").get(0).path("code").asText()).isEqualTo("validation.usernameTaken");
        assertThat(listedUsernames(admin())).containsOnlyOnce(username);
    }

    @Test
    void theVersionInTheCreatedUserIsTheOneAnEditMustSend() {
        JsonNode created = createUser(admin(), uniqueUsername("elena"), "MEMBER");

        JsonNode edited = assertJson(admin().put("api/users/" + created.path("id").asLong(),
                Map.of("displayName", "Elena Edited", "version", created.path("version").asLong())), 200);

        assertThat(edited.path("displayName").asText()).isEqualTo("Elena Edited");
        assertThat(edited.path("version").asLong()).isGreaterThan(created.path("version").asLong());
    }

    @Test
    void anEditBasedOnAStaleVersionIsRefusedWith409AndTheCurrentVersion() {
        long id = createUser(admin(), uniqueUsername("fabio"), "MEMBER").path("id").asLong();
        long readVersion = assertJson(admin().get("api/users/" + id), 200).path("version").asLong();
        JsonNode first = assertJson(admin().put("api/users/" + id,
                Map.of("displayName", "First Editor", "version", readVersion)), 200);

        JsonNode conflict = assertProblem(admin().put("api/users/" + id,
                Map.of("displayName", "Second Editor", "version", readVersion)), 409);

        assertThat(conflict.path("currentVersion").asLong()).isEqualTo(first.path("version").asLong());
        assertThat(conflict.path("code").asText()).isEqualTo("error.staleVersion");
        assertThat(assertJson(admin().get("api/users/" + id), 200).path("displayName").asText())
                .as("the stale edit must not overwrite the first one").isEqualTo("First Editor");
    }
}
