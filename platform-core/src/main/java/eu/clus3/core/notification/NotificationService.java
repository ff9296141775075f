package eu.clus3.core.notification;

import eu.clus3.core.database.Database;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.shared.NotFoundException;
import eu.clus3.core.shared.Page;
import eu.clus3.core.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Each person's notifications. Features call {@link #deliver} inside their own transaction (so a notification
 * exists exactly when what it tells of does); people read and mark theirs. A listener registered for a person
 * (an open browser tab) hears of new notifications after the transaction committed.
 */
@ApplicationScoped
public class NotificationService {

    private Database db;
    private Clock clock;
    private final Map<Long, List<Consumer<NotificationView>>> listeners = new ConcurrentHashMap<>();

    protected NotificationService() {
        // for CDI proxies
    }

    @Inject
    public NotificationService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Tells {@code userId} something, once: a second delivery of the same kind about the same post is ignored.
     * Must be called inside {@link Database#inTransaction}; returns the new notification or null if a duplicate.
     */
    public NotificationView deliver(long userId, NotificationKind kind, String actorUsername, String subjectTitle,
                                    Long topicId, Long postId, Integer postNumber) {
        boolean known = postId != null && db.em().createQuery("SELECT COUNT(n) FROM Notification n WHERE n.userId = :u"
                        + " AND n.kind = :k AND n.postId = :p", Long.class)
                .setParameter("u", userId).setParameter("k", kind).setParameter("p", postId).getSingleResult() > 0;
        if (known) {
            return null;
        }
        Notification n = new Notification(userId, kind, actorUsername, subjectTitle, topicId, postId, postNumber,
                clock.instant());
        db.em().persist(n);
        db.em().flush();
        return NotificationView.of(n);
    }

    /**
     * A module tells {@code userId} something ({@code ModuleContext.notifications()}): stored in its own transaction
     * (or the caller's, when there is one), then announced to the person's open tabs. A message longer than a
     * subject's 200 characters is cut with an ellipsis. Refused: no message, an unknown person, a link that is
     * not a platform-relative address (a module may not send people to other sites).
     */
    public NotificationView deliverFromModule(String moduleId, long userId, String message, String link) {
        String subject = moduleText(message);
        String target = moduleLink(moduleId, link);
        NotificationView view = db.inTransaction(() -> {
            if (db.em().find(eu.clus3.core.identity.User.class, userId) == null) {
                throw new IllegalArgumentException("No person has the id " + userId);
            }
            Notification n = Notification.fromModule(userId, moduleId, subject, target, clock.instant());
            db.em().persist(n);
            db.em().flush();
            return NotificationView.of(n);
        });
        announce(List.of(view), List.of(userId));
        return view;
    }

    /** A module's notification text as stored: stripped, cut with an ellipsis past 200 characters; none is refused. */
    public static String moduleText(String message) {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("A notification needs a message");
        }
        String text = message.strip();
        return text.length() > 200 ? text.substring(0, 199) + "\u2026" : text;
    }

    /** A module's notification link as stored: {@code null} for none; anything but a platform-relative address is refused. */
    public static String moduleLink(String moduleId, String link) {
        String target = link == null || link.isBlank() ? null : link.strip();
        if (target != null && !isPlatformRelative(target)) {
            throw new IllegalArgumentException("A notification's link is a platform-relative address such as"
                    + " 'modules/" + moduleId + "/report' (no scheme, no leading '/'), at most 500 characters: " + link);
        }
        return target;
    }

    /** 'modules/x/y?z', 'forums/...': no scheme, no host, no backslash tricks, nothing a browser would take elsewhere. */
    static boolean isPlatformRelative(String link) {
        return link.length() <= 500 && !link.startsWith("/") && !link.contains("\\") && !link.contains("//")
                && !link.matches("(?s)^[A-Za-z][A-Za-z0-9+.-]*:.*") && link.chars().noneMatch(Character::isISOControl);
    }

    /** Passes freshly committed notifications to the listeners of their recipients. */
    public void announce(List<NotificationView> delivered, List<Long> recipients) {
        for (int i = 0; i < delivered.size(); i++) {
            NotificationView n = delivered.get(i);
            for (Consumer<NotificationView> l : listeners.getOrDefault(recipients.get(i), List.of())) {
                try {
                    l.accept(n);
                } catch (RuntimeException e) {
                    // a closed browser tab must not stop the others from hearing
                }
            }
        }
    }

    /** Hears of new notifications of one person; run the returned action to stop. */
    public Runnable listen(long userId, Consumer<NotificationView> listener) {
        listeners.computeIfAbsent(userId, k -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.getOrDefault(userId, List.of()).remove(listener);
    }

    public Page<NotificationView> mine(Actor actor, PageRequest page) {
        return db.inTransaction(() -> {
            List<NotificationView> items = db.em().createQuery("SELECT n FROM Notification n WHERE n.userId = :u"
                            + " ORDER BY n.createdAt DESC, n.id DESC", Notification.class)
                    .setParameter("u", actor.userId()).setFirstResult(page.offset()).setMaxResults(page.size())
                    .getResultList().stream().map(NotificationView::of).toList();
            long total = db.em().createQuery("SELECT COUNT(n) FROM Notification n WHERE n.userId = :u", Long.class)
                    .setParameter("u", actor.userId()).getSingleResult();
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    public long unreadCount(Actor actor) {
        return db.inTransaction(() -> db.em().createQuery("SELECT COUNT(n) FROM Notification n WHERE n.userId = :u"
                        + " AND n.readAt IS NULL", Long.class)
                .setParameter("u", actor.userId()).getSingleResult());
    }

    /** Marks one of the actor's notifications read; someone else's answers as not found. */
    public void markRead(Actor actor, long id) {
        db.inTransaction(() -> {
            Notification n = db.em().find(Notification.class, id);
            if (n == null || n.getUserId() != actor.userId()) {
                throw new NotFoundException("Notification", id);
            }
            n.markRead(clock.instant());
        });
    }

    /**
     * Marks read what someone was told about posts of a topic they have now read (up to {@code number}):
     * reading the discussion is seeing the notification. Inside the caller's transaction.
     */
    public void readTopicUpTo(long userId, long topicId, int number) {
        db.em().createQuery("SELECT n FROM Notification n WHERE n.userId = :u AND n.topicId = :t"
                        + " AND n.postNumber <= :n AND n.readAt IS NULL", Notification.class)
                .setParameter("u", userId).setParameter("t", topicId).setParameter("n", number)
                .getResultList().forEach(n -> n.markRead(clock.instant()));
    }

    /**
     * Posts moved to another topic (a split): the notifications about them lead to the post where it is now,
     * under the new topic's title. {@code newNumbers} maps post ids to their number in {@code topicId}.
     * Inside the caller's transaction.
     */
    public void postsMoved(Map<Long, Integer> newNumbers, long topicId, String topicTitle) {
        if (newNumbers.isEmpty()) {
            return;
        }
        db.em().createQuery("SELECT n FROM Notification n WHERE n.postId IN :posts", Notification.class)
                .setParameter("posts", List.copyOf(newNumbers.keySet())).getResultList()
                .forEach(n -> n.movedTo(topicId, newNumbers.get(n.getPostId()), topicTitle));
    }

    public void markAllRead(Actor actor) {
        db.inTransaction(() -> db.em().createQuery("SELECT n FROM Notification n WHERE n.userId = :u"
                        + " AND n.readAt IS NULL", Notification.class)
                .setParameter("u", actor.userId()).getResultList().forEach(n -> n.markRead(clock.instant())));
    }
}
