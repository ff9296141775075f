package eu.clus3.core.notification;

import eu.clus3.core.database.Database;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.User;
import eu.clus3.core.identity.UserRepository;
import eu.clus3.core.shared.Validator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Opt-in e-mail digests: daily or weekly, one mail with the person's unread notifications grouped by topic.
 * A notification already read, or already in an earlier digest, never goes into one (the complaint about
 * digests that repeat what one has seen); nothing from before the person opted in is mailed; an empty
 * digest is not sent.
 */
@ApplicationScoped
public class DigestService {

    private Database db;
    private UserRepository users;
    private MailOutbox mail;
    private Clock clock;

    protected DigestService() {
        // for CDI proxies
    }

    @Inject
    public DigestService(Database db, UserRepository users, MailOutbox mail, Clock clock) {
        this.db = db;
        this.users = users;
        this.mail = mail;
        this.clock = clock;
    }

    public DigestChoice mine(Actor actor) {
        return db.inTransaction(() -> {
            DigestSettings s = db.em().find(DigestSettings.class, actor.userId());
            return s == null ? new DigestChoice(DigestFrequency.NONE, null)
                    : new DigestChoice(s.getFrequency(), s.getFrequency() == DigestFrequency.NONE ? null : s.getLastSentAt());
        });
    }

    public DigestChoice choose(Actor actor, DigestFrequency frequency) {
        new Validator().check(frequency != null, "frequency", "validation.required", "frequency is required")
                .throwIfInvalid();
        db.inTransaction(() -> {
            DigestSettings s = db.em().find(DigestSettings.class, actor.userId());
            if (s == null) {
                db.em().persist(new DigestSettings(actor.userId(), frequency, clock.instant()));
            } else {
                s.choose(frequency, clock.instant());
            }
        });
        return mine(actor);
    }

    /** Sends every digest that is due now; returns how many mails were queued. Run by the scheduler. */
    public int sendDue() {
        Instant now = clock.instant();
        List<Long> due = db.inTransaction(() -> db.em().createQuery("SELECT s FROM DigestSettings s"
                        + " WHERE s.frequency <> :none", DigestSettings.class)
                .setParameter("none", DigestFrequency.NONE).getResultList().stream()
                .filter(s -> !s.getLastSentAt().plus(s.getFrequency().period()).isAfter(now))
                .map(DigestSettings::getUserId).toList());
        int sent = 0;
        for (long userId : due) {
            if (db.inTransaction(() -> send(userId, now))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(long userId, Instant now) {
        DigestSettings s = db.em().find(DigestSettings.class, userId);
        User user = users.findById(userId).orElse(null);
        if (s == null || user == null || s.getFrequency() == DigestFrequency.NONE) {
            return false;
        }
        s.sent(now);
        if (!user.isActive() || user.getEmail() == null || user.getEmail().isBlank()) {
            return false;
        }
        List<Notification> items = db.em().createQuery("SELECT n FROM Notification n WHERE n.userId = :u"
                        + " AND n.readAt IS NULL AND n.digestedAt IS NULL AND n.createdAt >= :since"
                        + " ORDER BY n.createdAt, n.id", Notification.class)
                .setParameter("u", userId).setParameter("since", s.getOptedInAt()).getResultList();
        if (items.isEmpty()) {
            return false;
        }
        Map<String, List<Notification>> byTopic = new LinkedHashMap<>();
        for (Notification n : items) {
            // A module's notifications are grouped by module, a forum's by discussion.
            String group = n.getKind() == NotificationKind.MODULE ? "module\u0000" + n.getModuleId()
                    : n.getTopicId() + "\u0000" + n.getSubjectTitle();
            byTopic.computeIfAbsent(group, k -> new java.util.ArrayList<>()).add(n);
            n.digested(now);
        }
        StringBuilder body = new StringBuilder("Hello ").append(user.getDisplayName()).append(",\n\n")
                .append(s.getFrequency() == DigestFrequency.DAILY ? "Your daily" : "Your weekly")
                .append(" summary from Clus3: ").append(items.size()).append(" unread notification")
                .append(items.size() == 1 ? "" : "s").append(" in ").append(byTopic.size())
                .append(byTopic.size() == 1 ? " discussion" : " discussions").append(".\n");
        byTopic.forEach((key, group) -> {
            Notification first = group.get(0);
            boolean fromModule = first.getKind() == NotificationKind.MODULE;
            body.append("\n").append(fromModule ? "From the module " + first.getModuleId() : first.getSubjectTitle()).append("\n");
            for (Notification n : group) {
                body.append("  - ").append(describe(n)).append("\n");
                if (fromModule && n.getLink() != null) {
                    body.append("    /").append(n.getLink()).append("\n");
                }
            }
            if (first.getTopicId() != null) {
                body.append("  /forum/topic/").append(first.getTopicId()).append("\n");
            }
        });
        body.append("\nYou receive this summary because you chose it under Notifications; choose \"none\" there to stop it.\n");
        mail.queue(userId, user.getEmail(), "Clus3: " + items.size() + " unread in " + byTopic.size()
                + (byTopic.size() == 1 ? " discussion" : " discussions"), body.toString());
        return true;
    }

    private static String describe(Notification n) {
        String who = n.getActorUsername() == null ? "someone" : "@" + n.getActorUsername();
        String where = n.getPostNumber() == null ? "" : " (post #" + n.getPostNumber() + ")";
        return switch (n.getKind()) {
            case REPLY -> who + " replied" + where;
            case NEW_TOPIC -> who + " opened the discussion";
            case MENTION -> who + " mentioned you" + where;
            case ANSWER_ACCEPTED -> who + " accepted your answer" + where;
            case POST_PENDING -> "a post by " + who + " awaits approval" + where;
            case POST_FLAGGED -> "a post by " + who + " was flagged" + where;
            case MODULE -> n.getSubjectTitle();
        };
    }
}
