package eu.clus3.core.identity;

/** A token to create: a name to recognise it by, and optionally its lifetime in days. */
public record NewApiToken(String name, Integer expiresInDays) {
}
