package eu.clus3.core.notification;

import eu.clus3.core.database.Database;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.Permission;
import eu.clus3.core.shared.Page;
import eu.clus3.core.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;

/**
 * Mail the platform sends, written in the transaction that decided to send it. No SMTP delivery exists
 * yet: every mail stays here, and administrators read it (so tests and demos can too).
 */
@ApplicationScoped
public class MailOutbox {

    private Database db;
    private Clock clock;

    protected MailOutbox() {
        // for CDI proxies
    }

    @Inject
    public MailOutbox(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Queues a mail; call inside {@link Database#inTransaction}. */
    public void queue(Long userId, String to, String subject, String body) {
        db.em().persist(new OutgoingMail(userId, to, subject.length() > 300 ? subject.substring(0, 299) + "…" : subject,
                body, clock.instant()));
    }

    /** The outbox, newest first: for administrators. */
    public Page<MailView> list(Actor actor, PageRequest page) {
        actor.require(Permission.MANAGE_USERS);
        return db.inTransaction(() -> new Page<>(db.em().createQuery("SELECT m FROM OutgoingMail m"
                                + " ORDER BY m.createdAt DESC, m.id DESC", OutgoingMail.class)
                        .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                        .map(MailView::of).toList(), page.page(), page.size(),
                db.em().createQuery("SELECT COUNT(m) FROM OutgoingMail m", Long.class).getSingleResult()));
    }
}
