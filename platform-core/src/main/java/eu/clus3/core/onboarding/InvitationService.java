package eu.clus3.core.onboarding;

import eu.clus3.core.cluster.ClusterService;
import eu.clus3.core.database.Database;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.NewUser;
import eu.clus3.core.identity.Permission;
import eu.clus3.core.identity.PlatformRole;
import eu.clus3.core.identity.SecretTokens;
import eu.clus3.core.identity.UserRepository;
import eu.clus3.core.identity.UserService;
import eu.clus3.core.identity.UserView;
import eu.clus3.core.shared.ForbiddenException;
import eu.clus3.core.shared.NotFoundException;
import eu.clus3.core.shared.Validator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Invitations: an administrator invites anyone with any platform role; a cluster's manager (or
 * regional staff) invites people into that cluster. The invitee opens an account through the link,
 * gets the roles, and is in the cluster at once.
 */
@ApplicationScoped
public class InvitationService {

    private static final Logger LOG = Logger.getLogger(InvitationService.class.getName());
    public static final Duration VALIDITY = Duration.ofDays(14);
    static final String TOKEN_PREFIX = "inv_";
    public static final String LINK_PATH = "invitation/";

    private Database db;
    private UserService users;
    private UserRepository userRepository;
    private ClusterService clusters;
    private Clock clock;
    private eu.clus3.core.audit.AuditTrail audit;

    protected InvitationService() {
        // for CDI proxies
    }

    @Inject
    public InvitationService(Database db, UserService users, UserRepository userRepository, ClusterService clusters,
                             Clock clock, eu.clus3.core.audit.AuditTrail audit) {
        this.audit = audit;
        this.db = db;
        this.users = users;
        this.userRepository = userRepository;
        this.clusters = clusters;
        this.clock = clock;
    }

    public CreatedInvitation invite(Actor actor, NewInvitation input) {
        String email = input.email() == null ? null : input.email().trim().toLowerCase(Locale.ROOT);
        PlatformRole role = input.platformRole() == null ? PlatformRole.MEMBER : input.platformRole();
        new Validator()
                .required("email", email).email("email", email).maxLength("email", email, 254)
                .check(input.clusterId() == null || input.clusterRole() != null, "clusterRole", "validation.required",
                        "a role in the cluster is required")
                .check(input.clusterId() != null || input.clusterRole() == null, "clusterId", "validation.required",
                        "a cluster is required for a role in a cluster")
                .throwIfInvalid();
        if (input.clusterId() == null || role != PlatformRole.MEMBER) {
            actor.require(Permission.MANAGE_USERS);
        }
        String clusterName = input.clusterId() == null ? null : clusters.requireManagesPeople(actor, input.clusterId());
        return db.inTransaction(() -> {
            userRepository.findByEmail(email).ifPresent(existing -> new Validator().check(false, "email",
                    "validation.emailHasAccount", "this person has an account already (" + existing.getUsername()
                            + "): add them directly").throwIfInvalid());
            String token = SecretTokens.generate(TOKEN_PREFIX);
            Instant now = clock.instant();
            Invitation invitation = new Invitation(email, SecretTokens.sha256(token), actor.userId(), role,
                    input.clusterId(), input.clusterRole(), now, now.plus(VALIDITY));
            db.em().persist(invitation);
            db.em().flush();
            // Without a mail server the inviter passes the link on; the link itself is never logged.
            LOG.info(() -> "Invitation " + invitation.getId() + " for " + email + " created by " + actor.username()
                    + (clusterName == null ? "" : " into " + clusterName));
            return new CreatedInvitation(LINK_PATH + token, view(invitation, clusterName));
        });
    }

    /** What an invitation link offers, for the acceptance page; an unusable link answers 404. */
    public InvitationPreview preview(String token) {
        return db.inTransaction(() -> {
            Invitation inv = open(token);
            String inviter = userRepository.findById(inv.getInvitedBy()).map(u -> u.getDisplayName()).orElse("");
            String cluster = inv.getClusterId() == null ? null : clusters.nameOf(inv.getClusterId()).orElse(null);
            return new InvitationPreview(inv.getEmail(), inviter, cluster, inv.getClusterRole(), inv.getExpiresAt());
        });
    }

    /** Opens the account, gives it the invitation's roles, and uses the invitation up: all or nothing. */
    public UserView accept(AcceptInvitation input) {
        return db.inTransaction(() -> {
            Invitation inv = open(input.token());
            // The inviter's right is checked again now: a deactivated or demoted inviter's links grant nothing.
            Actor inviter = userRepository.findById(inv.getInvitedBy())
                    .filter(u -> u.isActive()).map(u -> u.asActor())
                    .filter(a -> inv.getClusterId() != null && inv.getPlatformRole() == PlatformRole.MEMBER
                            || a.can(Permission.MANAGE_USERS))
                    .orElseThrow(() -> new ForbiddenException("The person who invited you can no longer do so"));
            UserView user = users.openAccount(new NewUser(input.username(), input.displayName(), inv.getEmail(),
                    inv.getPlatformRole(), input.password()), UserService.AccountOrigin.INVITATION);
            audit.record(inviter, "user", user.id(), inv.getClusterId(), "user.created",
                    user.username() + " as " + user.role() + " (invitation accepted)");
            if (inv.getClusterId() != null) {
                clusters.addPerson(inviter, inv.getClusterId(), user.username(), inv.getClusterRole());
            }
            inv.accept(user.id(), clock.instant());
            LOG.info(() -> "Invitation " + inv.getId() + " accepted by " + user.username());
            return user;
        });
    }

    /** Pending and past invitations: all for administrators, a cluster's for those who manage it. */
    public List<InvitationView> list(Actor actor, Long clusterId) {
        if (clusterId == null) {
            actor.require(Permission.MANAGE_USERS);
        }
        String clusterName = clusterId == null ? null : clusters.requireManagesPeople(actor, clusterId);
        return db.inTransaction(() -> {
            var query = clusterId == null
                    ? db.em().createQuery("SELECT i FROM Invitation i ORDER BY i.createdAt DESC, i.id DESC", Invitation.class)
                    : db.em().createQuery("SELECT i FROM Invitation i WHERE i.clusterId = :c ORDER BY i.createdAt DESC,"
                    + " i.id DESC", Invitation.class).setParameter("c", clusterId);
            return query.setMaxResults(500).getResultList().stream()
                    .map(i -> view(i, clusterName != null ? clusterName
                            : i.getClusterId() == null ? null : clusters.nameOf(i.getClusterId()).orElse(null)))
                    .toList();
        });
    }

    public InvitationView revoke(Actor actor, long id) {
        return db.inTransaction(() -> {
            Invitation inv = Optional.ofNullable(db.em().find(Invitation.class, id))
                    .orElseThrow(() -> new NotFoundException("Invitation", id));
            String clusterName = null;
            if (inv.getClusterId() == null) {
                actor.require(Permission.MANAGE_USERS);
            } else if (!actor.can(Permission.MANAGE_USERS)) {
                clusterName = clusters.requireManagesPeople(actor, inv.getClusterId());
            } else {
                clusterName = clusters.nameOf(inv.getClusterId()).orElse(null);
            }
            if (inv.isOpenAt(clock.instant())) {
                inv.revoke(clock.instant());
            }
            return view(inv, clusterName);
        });
    }

    private Invitation open(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() > 100) {
            throw invalid();
        }
        Invitation inv = db.em().createQuery("SELECT i FROM Invitation i WHERE i.tokenHash = :h", Invitation.class)
                .setParameter("h", SecretTokens.sha256(token)).getResultStream().findFirst()
                .orElseThrow(InvitationService::invalid);
        if (!inv.isOpenAt(clock.instant())) {
            throw invalid();
        }
        return inv;
    }

    private static NotFoundException invalid() {
        return NotFoundException.because("error.invitationInvalid",
                "This invitation link is not valid: it may have been used, revoked, or it expired");
    }

    private static InvitationView view(Invitation i, String clusterName) {
        return new InvitationView(i.getId(), i.getEmail(), i.getPlatformRole(), i.getClusterId(), clusterName,
                i.getClusterRole(), i.getCreatedAt(), i.getExpiresAt(), i.getAcceptedAt(), i.getRevokedAt());
    }
}
