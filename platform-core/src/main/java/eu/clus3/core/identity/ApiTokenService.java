package eu.clus3.core.identity;

import eu.clus3.core.database.Database;
import eu.clus3.core.shared.NotFoundException;
import eu.clus3.core.shared.Page;
import eu.clus3.core.shared.PageRequest;
import eu.clus3.core.shared.Validator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/** Personal API tokens: create, list, revoke, and authenticate a bearer token. */
@ApplicationScoped
public class ApiTokenService {

    private static final Logger LOG = Logger.getLogger(ApiTokenService.class.getName());
    static final String TOKEN_PREFIX = "c3_";
    public static final int MAX_TOKENS_PER_USER = 50;
    /** lastUsedAt is a hint, not an audit trail: writing it once a minute spares a write per request. */
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private Database db;
    private ApiTokenRepository tokens;
    private UserRepository users;
    private Clock clock;

    protected ApiTokenService() {
        // for CDI proxies
    }

    @Inject
    public ApiTokenService(Database db, ApiTokenRepository tokens, UserRepository users, Clock clock) {
        this.db = db;
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    public CreatedApiToken create(Actor actor, NewApiToken input) {
        actor.require(Permission.USE_API_TOKENS);
        new Validator()
                .required("name", input.name())
                .maxLength("name", input.name(), 100)
                .range("expiresInDays", input.expiresInDays(), 1, 3650)
                .throwIfInvalid();
        return db.inTransaction(() -> {
            User owner = users.findById(actor.userId()).orElseThrow(() -> new NotFoundException("User", actor.userId()));
            Instant now = clock.instant();
            long live = tokens.ofUser(owner.getId()).stream().filter(t -> t.isUsableAt(now)).count();
            new Validator().check(live < MAX_TOKENS_PER_USER, "name", "validation.tooManyTokens",
                    "at most " + MAX_TOKENS_PER_USER + " tokens per user: revoke one first").throwIfInvalid();
            String value = SecretTokens.generate(TOKEN_PREFIX);
            Instant expires = input.expiresInDays() == null ? null : now.plus(Duration.ofDays(input.expiresInDays()));
            ApiToken token = tokens.add(new ApiToken(owner, input.name().trim(), value.substring(0, 10), sha256(value),
                    now, expires));
            db.em().flush();
            LOG.info(() -> "API token '" + token.getName() + "' (" + token.getPrefix() + "...) created by " + actor.username());
            return new CreatedApiToken(value, ApiTokenView.of(token, now));
        });
    }

    public List<ApiTokenView> listOwn(Actor actor) {
        Instant now = clock.instant();
        return db.inTransaction(() -> tokens.ofUser(actor.userId()).stream().map(t -> ApiTokenView.of(t, now)).toList());
    }

    public Page<ApiTokenView> listAll(Actor actor, PageRequest page) {
        actor.require(Permission.MANAGE_ALL_API_TOKENS);
        Instant now = clock.instant();
        return db.inTransaction(() -> new Page<>(
                tokens.page(page.offset(), page.size()).stream().map(t -> ApiTokenView.of(t, now)).toList(),
                page.page(), page.size(), tokens.count()));
    }

    /** Revokes a token of one's own, or anyone's for an administrator. Revoking twice is harmless. */
    public ApiTokenView revoke(Actor actor, long tokenId) {
        return db.inTransaction(() -> {
            ApiToken token = tokens.findById(tokenId).orElseThrow(() -> new NotFoundException("API token", tokenId));
            boolean own = token.getUser().getId() == actor.userId();
            if (!own && !actor.can(Permission.MANAGE_ALL_API_TOKENS)) {
                // Do not reveal that someone else's token exists.
                throw new NotFoundException("API token", tokenId);
            }
            Instant now = clock.instant();
            if (token.getRevokedAt() == null) {
                token.revoke(now);
                LOG.info(() -> "API token " + token.getPrefix() + "... revoked by " + actor.username());
            }
            return ApiTokenView.of(token, now);
        });
    }

    /** The actor a bearer token stands for, if it is known, not revoked, not expired and its user active. */
    public Optional<Actor> authenticate(String bearer) {
        if (bearer == null || !bearer.startsWith(TOKEN_PREFIX) || bearer.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return db.inTransaction(() -> tokens.findByHash(sha256(bearer))
                .filter(t -> t.isUsableAt(now))
                .map(t -> {
                    if (t.getLastUsedAt() == null || t.getLastUsedAt().isBefore(now.minus(LAST_USED_RESOLUTION))) {
                        tokens.touch(t.getId(), now);
                    }
                    return t.getUser().asActor();
                }));
    }

    static String sha256(String value) {
        return SecretTokens.sha256(value);
    }
}
