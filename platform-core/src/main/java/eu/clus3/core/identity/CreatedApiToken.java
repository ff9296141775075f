package eu.clus3.core.identity;

/** The answer to a token creation: the only time the token's value is ever shown. */
public record CreatedApiToken(String token, ApiTokenView details) {
}
