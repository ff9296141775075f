package eu.clus3.ui.it;

import com.fasterxml.jackson.databind.JsonNode;
import eu.clus3.ui.it.Api.Reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions and fixtures that every API test shares. */
public final class ApiAssertions {

    /** Passes the platform's password policy (12+ characters, 5+ different ones). */
    public static final String USER_PASSWORD = "Integration-Passw0rd-7";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private ApiAssertions() {
    }

    /** Asserts an RFC 9457 problem document with this status, and returns its body. */
    public static JsonNode assertProblem(Reply reply, int status) {
        assertThat(reply.status()).as("status of %s", reply).isEqualTo(status);
        assertThat(reply.mediaType()).as("media type of %s", reply).isEqualTo("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.path("status").asInt()).as("problem status in %s", reply).isEqualTo(status);
        assertThat(problem.path("title").asText()).as("problem title in %s", reply).isNotBlank();
        assertThat(problem.path("detail").asText()).as("problem detail in %s", reply).isNotBlank();
        assertThat(reply.body()).as("no stack trace in %s", reply).doesNotContain("Exception", "\tat ");
        return problem;
    }

    /** Asserts a JSON answer with this status, and returns its body. */
    public static JsonNode assertJson(Reply reply, int status) {
        assertThat(reply.status()).as("status of %s", reply).isEqualTo(status);
        assertThat(reply.mediaType()).as("media type of %s", reply).isEqualTo("application/json");
        return reply.json();
    }

    /** A user name no earlier test (nor an earlier run on the same data) has taken. */
    public static String uniqueUsername(String prefix) {
        return prefix + "-" + Long.toString(System.currentTimeMillis(), 36) + "-" + SEQUENCE.incrementAndGet();
    }

    public static Map<String, Object> newUser(String username, String role) {
        return Map.of("username", username, "displayName", "IT " + username, "email", username + "@example.org",
                "role", role, "password", USER_PASSWORD);
    }

    /** Creates a user through the API as the given administrator and returns the created user. */
    public static JsonNode createUser(Api admin, String username, String role) {
        JsonNode created = assertJson(admin.post("api/users", newUser(username, role)), 201);
        assertThat(created.path("username").asText()).isEqualTo(username);
        return created;
    }

    /** The user names on every page of the user list. */
    public static List<String> listedUsernames(Api admin) {
        List<String> names = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = assertJson(admin.get("api/users?size=200&page=" + page), 200);
            answer.path("items").forEach(u -> names.add(u.path("username").asText()));
            if (names.size() >= answer.path("total").asLong() || answer.path("items").isEmpty()) {
                return names;
            }
        }
    }
}
