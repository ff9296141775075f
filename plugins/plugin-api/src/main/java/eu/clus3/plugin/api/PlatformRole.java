package eu.clus3.plugin.api;

/**
 * A person's role on the whole platform ({@code ../shared/DOMAIN.md}, "Who uses it").
 *
 * @since 1.4.0
 */
public enum PlatformRole {
    ADMINISTRATOR,
    REGIONAL_STAFF,
    PARTNER,
    MEMBER
}
