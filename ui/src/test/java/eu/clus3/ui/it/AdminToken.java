package eu.clus3.ui.it;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The administrator's API token for a running server. The platform has no REST sign-in on purpose: a
 * first token can only come from a person signed in to the web UI. So the tests do just that, once per
 * server, with a real browser ({@link Browser#signInAndCreateToken}), and reuse the token.
 */
public final class AdminToken {

    private static final Map<URI, String> TOKENS = new ConcurrentHashMap<>();

    private AdminToken() {
    }

    public static String of(URI base) {
        return TOKENS.computeIfAbsent(base, b -> Browser.signInAndCreateToken(b, TestEnvironment.ADMIN,
                TestEnvironment.adminPassword(), "integration tests"));
    }
}
