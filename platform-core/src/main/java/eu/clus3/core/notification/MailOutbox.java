package eu.clus3.core.notification;

import eu.clus3.core.database.Database;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.Permission;
import eu.clus3.core.shared.NotFoundException;
import eu.clus3.core.shared.Page;
import eu.clus3.core.shared.PageRequest;
import eu.clus3.core.shared.Validator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Locale;

/**
 * Mail the platform sends, written in the transaction that decided to send it. {@link MailDelivery} sends it
 * through the configured SMTP server; with none configured every mail stays here. Administrators read the
 * outbox with each mail's delivery state (so tests and demos can too), retry failed mail and queue a test mail.
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
        return list(actor, null, page);
    }

    /** The outbox, newest first, only mail in {@code status} unless it is null: for administrators. */
    public Page<MailView> list(Actor actor, MailStatus status, PageRequest page) {
        actor.require(Permission.MANAGE_USERS);
        String where = status == null ? "" : " WHERE " + switch (status) {
            case SENT -> "m.sentAt IS NOT NULL";
            case FAILED -> "m.failedAt IS NOT NULL";
            case RETRYING -> "m.sentAt IS NULL AND m.failedAt IS NULL AND m.attempts > 0";
            case QUEUED -> "m.sentAt IS NULL AND m.failedAt IS NULL AND m.attempts = 0";
        };
        return db.inTransaction(() -> new Page<>(db.em().createQuery("SELECT m FROM OutgoingMail m" + where
                                + " ORDER BY m.createdAt DESC, m.id DESC", OutgoingMail.class)
                        .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                        .map(MailView::of).toList(), page.page(), page.size(),
                db.em().createQuery("SELECT COUNT(m) FROM OutgoingMail m" + where, Long.class).getSingleResult()));
    }

    /** Tries a failed mail again from the first attempt (administrators); a sent mail is never sent again. */
    public MailView retry(Actor actor, long id) {
        actor.require(Permission.MANAGE_USERS);
        return db.inTransaction(() -> {
            OutgoingMail m = db.em().find(OutgoingMail.class, id);
            if (m == null) {
                throw new NotFoundException("Mail", id);
            }
            new Validator().check(m.getSentAt() == null, "id", "mail.alreadySent", "this mail was sent already")
                    .throwIfInvalid();
            m.retry();
            return MailView.of(m);
        });
    }

    /** Queues a short test mail to {@code to} (administrators), to check the SMTP settings. */
    public MailView queueTest(Actor actor, String to) {
        actor.require(Permission.MANAGE_USERS);
        String address = to == null ? null : to.trim().toLowerCase(Locale.ROOT);
        new Validator().required("to", address).email("to", address).maxLength("to", address, 254).throwIfInvalid();
        return db.inTransaction(() -> {
            OutgoingMail m = new OutgoingMail(null, address, "Clus3 test mail",
                    "This is a test mail from Clus3, queued by " + actor.username()
                            + ". If you read it, the platform's SMTP settings work.\n", clock.instant());
            db.em().persist(m);
            db.em().flush();
            return MailView.of(m);
        });
    }
}
