package eu.clus3.core.identity;

import java.time.Duration;

/** The outcome of a sign-in attempt; deliberately does not say whether the user name exists. */
public sealed interface LoginResult {

    record Success(Actor actor) implements LoginResult { }

    record Failure() implements LoginResult { }

    record Throttled(Duration retryAfter) implements LoginResult { }
}
