package eu.clus3.plugin.api;

/** A person as modules see them: id, handle (username) and the name to show. */
public record UserRef(long id, String username, String displayName) {
}
