package eu.clus3.core.onboarding;

import eu.clus3.core.database.Database;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.Permission;
import eu.clus3.core.identity.SecretTokens;
import eu.clus3.core.identity.UserRepository;
import eu.clus3.core.identity.UserService;
import eu.clus3.core.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Password reset: an administrator makes a one-time link valid for a day and passes it to the user,
 * who sets a new password with it. (A self-service "forgot password" needs mail, which comes later.)
 */
@ApplicationScoped
public class PasswordResetService {

    private static final Logger LOG = Logger.getLogger(PasswordResetService.class.getName());
    public static final Duration VALIDITY = Duration.ofHours(24);
    static final String TOKEN_PREFIX = "pwr_";
    public static final String LINK_PATH = "reset-password/";

    private Database db;
    private UserRepository users;
    private UserService userService;
    private Clock clock;

    protected PasswordResetService() {
        // for CDI proxies
    }

    @Inject
    public PasswordResetService(Database db, UserRepository users, UserService userService, Clock clock) {
        this.db = db;
        this.users = users;
        this.userService = userService;
        this.clock = clock;
    }

    /** A new reset link (a path under the platform's address), shown to the administrator once. */
    public String createLink(Actor actor, long userId) {
        actor.require(Permission.MANAGE_USERS);
        return db.inTransaction(() -> {
            var user = users.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
            String token = SecretTokens.generate(TOKEN_PREFIX);
            Instant now = clock.instant();
            db.em().persist(new PasswordReset(userId, SecretTokens.sha256(token), actor.userId(), now, now.plus(VALIDITY)));
            LOG.info(() -> "Password reset link for " + user.getUsername() + " created by " + actor.username());
            return LINK_PATH + token;
        });
    }

    /** Whether a link can still be used (for the page that asks for the new password). */
    public boolean isUsable(String token) {
        return db.inTransaction(() -> find(token) != null);
    }

    public void complete(String token, String newPassword) {
        db.inTransaction(() -> {
            PasswordReset reset = find(token);
            if (reset == null) {
                throw NotFoundException.because("error.resetInvalid",
                        "This password reset link is not valid: it may have been used or it expired");
            }
            userService.resetPassword(reset.getUserId(), newPassword);
            // Every other open link of this user dies with this one: a reset is a fresh start.
            db.em().createQuery("UPDATE PasswordReset r SET r.usedAt = :now WHERE r.userId = :u AND r.usedAt IS NULL")
                    .setParameter("now", clock.instant()).setParameter("u", reset.getUserId()).executeUpdate();
        });
    }

    private PasswordReset find(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() > 100) {
            return null;
        }
        return db.em().createQuery("SELECT r FROM PasswordReset r WHERE r.tokenHash = :h", PasswordReset.class)
                .setParameter("h", SecretTokens.sha256(token)).getResultStream()
                .filter(r -> r.isUsableAt(clock.instant())).findFirst().orElse(null);
    }
}
