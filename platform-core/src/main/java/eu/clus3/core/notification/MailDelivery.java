package eu.clus3.core.notification;

import eu.clus3.core.database.Database;
import eu.clus3.core.shared.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Delivers the mail outbox through the configured SMTP server (nothing at all when none is configured: the
 * mail stays in the outbox for administrators). The database is the truth: each due row is first claimed in
 * its own transaction (an attempt counted, a lease set, the version bumped so that a second sender loses the
 * race), then sent, then marked sent or given a backoff. A restart resumes from the rows; a mail marked sent
 * is never sent again. The one window for a duplicate is a crash after the SMTP server accepted a mail and
 * before the commit that records it; the copies then carry the same Message-ID.
 */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    /** After this many failed attempts a mail is marked failed (about four hours of trying with the backoff). */
    public static final int MAX_ATTEMPTS = 8;
    /** How long a claimed mail is left to its sender before another run may try it. */
    static final Duration LEASE = Duration.ofMinutes(10);
    private static final int BATCH = 100;

    private Database db;
    private Clock clock;
    private MailSettings settings;
    private SmtpMailer mailer;

    protected MailDelivery() {
        // for CDI proxies
    }

    @Inject
    public MailDelivery(Database db, Clock clock, MailSettings settings) {
        this.db = db;
        this.clock = clock;
        this.settings = settings;
        this.mailer = settings.configured() ? new SmtpMailer(settings) : null;
    }

    public boolean enabled() {
        return mailer != null;
    }

    public MailSettings settings() {
        return settings;
    }

    /** Sends every mail that is due now; returns how many the SMTP server accepted. Run by the scheduler. */
    public int deliverDue() {
        if (!enabled()) {
            return 0;
        }
        Instant now = clock.instant();
        List<Long> due = db.inTransaction(() -> db.em().createQuery("SELECT m.id FROM OutgoingMail m"
                        + " WHERE m.sentAt IS NULL AND m.failedAt IS NULL"
                        + " AND (m.nextAttemptAt IS NULL OR m.nextAttemptAt <= :now) ORDER BY m.id", Long.class)
                .setParameter("now", now).setMaxResults(BATCH).getResultList());
        int sent = 0;
        for (long id : due) {
            OutgoingMail mail = claim(id);
            if (mail == null) {
                continue;
            }
            Outcome outcome = deliver(mail);
            if (outcome == Outcome.SENT) {
                sent++;
            } else if (outcome == Outcome.SERVER_FAILED) {
                break; // the server is unreachable or refuses us: the rest waits for the next run, unclaimed
            }
        }
        return sent;
    }

    /** The mail, now leased to this sender, or null when it is not due any more or another sender won. */
    private OutgoingMail claim(long id) {
        try {
            return db.inTransaction(() -> {
                Instant now = clock.instant();
                OutgoingMail m = db.em().find(OutgoingMail.class, id);
                if (m == null || !m.isDue(now)) {
                    return null;
                }
                m.claim(now, now.plus(LEASE));
                return m;
            });
        } catch (ConflictException e) {
            return null;
        }
    }

    private enum Outcome { SENT, MAIL_FAILED, SERVER_FAILED }

    private Outcome deliver(OutgoingMail mail) {
        String error;
        Outcome outcome;
        try {
            mailer.send(mail);
            db.inTransaction(() -> db.em().find(OutgoingMail.class, mail.getId()).delivered(clock.instant()));
            return Outcome.SENT;
        } catch (jakarta.mail.SendFailedException | jakarta.mail.internet.AddressException e) {
            // this mail's addresses were refused; the server itself works
            error = describe(e);
            outcome = Outcome.MAIL_FAILED;
        } catch (jakarta.mail.MessagingException | RuntimeException e) {
            error = describe(e);
            outcome = Outcome.SERVER_FAILED;
        }
        int attempts = mail.getAttempts();
        Instant now = clock.instant();
        Instant retryAt = attempts >= MAX_ATTEMPTS ? null : now.plus(backoff(attempts));
        db.inTransaction(() -> db.em().find(OutgoingMail.class, mail.getId()).failedAttempt(now, error, retryAt));
        LOG.warning(() -> "Mail " + mail.getId() + " not delivered (attempt " + attempts + " of " + MAX_ATTEMPTS + "): "
                + error + (retryAt == null ? "; given up" : "; next attempt at " + retryAt));
        return outcome;
    }

    /** One minute after the first failure, doubling up to six hours. */
    static Duration backoff(int attempts) {
        long minutes = 1L << Math.min(Math.max(attempts - 1, 0), 20);
        return Duration.ofMinutes(Math.min(minutes, 360));
    }

    private static String describe(Exception e) {
        StringBuilder s = new StringBuilder(e.getClass().getSimpleName());
        if (e.getMessage() != null) {
            s.append(": ").append(e.getMessage().strip());
        }
        Throwable cause = e.getCause();
        if (cause != null && cause != e && cause.getMessage() != null) {
            s.append(" (").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage().strip()).append(")");
        }
        return s.toString();
    }
}
