package eu.clus3.ui.it;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static eu.clus3.ui.it.ApiAssertions.USER_PASSWORD;
import static eu.clus3.ui.it.ApiAssertions.createUser;
import static eu.clus3.ui.it.ApiAssertions.uniqueUsername;

/**
 * People besides the administrator who hold an API token, one per server and purpose, made on first
 * use. A token needs a browser sign-in (several seconds), so tests share these accounts; each test gives
 * them roles in clusters of its own, which keeps the tests independent of each other and of their order.
 */
final class SignedInPeople {

    /** A platform member with a token: {@code api} acts as them. */
    record Person(String username, long id, Api api) {
    }

    private static final Map<String, Person> PEOPLE = new ConcurrentHashMap<>();

    private SignedInPeople() {
    }

    /** The platform member known as {@code purpose} (e.g. "manager") on the server at {@code base}. */
    static Person member(URI base, String purpose) {
        return PEOPLE.computeIfAbsent(base + " " + purpose, key -> {
            Api admin = Api.at(base).withToken(AdminToken.of(base));
            String username = uniqueUsername(purpose);
            JsonNode user = createUser(admin, username, "MEMBER");
            String token = Browser.signInAndCreateToken(base, username, USER_PASSWORD, purpose + " script");
            return new Person(username, user.path("id").asLong(), Api.at(base).withToken(token));
        });
    }
}
