package eu.clus3.core.identity;

import java.time.Instant;

/** An API token as listed: never its value, only the first characters to recognise it. */
public record ApiTokenView(long id, String name, String prefix, String owner, Instant createdAt,
                           Instant expiresAt, Instant lastUsedAt, Instant revokedAt, boolean usable) {

    static ApiTokenView of(ApiToken t, Instant now) {
        return new ApiTokenView(t.getId(), t.getName(), t.getPrefix(), t.getUser().getUsername(), t.getCreatedAt(),
                t.getExpiresAt(), t.getLastUsedAt(), t.getRevokedAt(), t.isUsableAt(now));
    }
}
