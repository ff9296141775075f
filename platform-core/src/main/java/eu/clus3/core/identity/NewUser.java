package eu.clus3.core.identity;

/** What an administrator enters to create an account. */
public record NewUser(String username, String displayName, String email, PlatformRole role, String password) {
}
