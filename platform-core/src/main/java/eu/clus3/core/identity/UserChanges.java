package eu.clus3.core.identity;

/**
 * An administrator's edit of an account. {@code version} is the version the editor started from:
 * a stale one is refused instead of overwriting someone else's change.
 */
public record UserChanges(String displayName, String email, PlatformRole role, Boolean active, Long version) {
}
