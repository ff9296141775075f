package eu.clus3.core.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.PlatformRole;
import eu.clus3.core.identity.User;
import eu.clus3.core.identity.UserRepository;
import eu.clus3.core.shared.ForbiddenException;
import eu.clus3.core.shared.InvalidInputException;
import eu.clus3.core.shared.PageRequest;
import eu.clus3.core.testing.PersistenceTest;
import eu.clus3.core.testing.TestDatabase;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Delivery of the mail outbox to a real SMTP server (GreenMail, listening on a local port in this JVM):
 * delivered once, failures retried with a backoff and recorded, given up after too many attempts, never
 * sent twice even by two senders at once; without an SMTP server mail stays in the outbox.
 */
abstract class MailDeliveryTests extends PersistenceTest {

    static final PageRequest ALL = new PageRequest(0, 100);

    int port;
    GreenMail smtp;
    MailOutbox outbox;
    Actor admin;
    Actor mia;

    MailDeliveryTests(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void startSmtpServer() {
        port = freePort();
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        outbox = new MailOutbox(db, clock);
        admin = user("admin", PlatformRole.ADMINISTRATOR);
        mia = user("mia", PlatformRole.MEMBER);
    }

    @AfterEach
    void stopSmtpServer() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void a_digest_is_delivered_once_and_marked_sent() throws Exception {
        NotificationService notifications = new NotificationService(db, clock);
        DigestService digests = new DigestService(db, new UserRepository(db), outbox, clock);
        digests.choose(mia, DigestFrequency.DAILY);
        clock.advance(Duration.ofMinutes(5));
        db.inTransaction(() -> notifications.deliver(mia.userId(), NotificationKind.REPLY, "elena", "Statute of the cluster",
                7L, 70L, 2));
        clock.advance(Duration.ofDays(1));
        assertThat(digests.sendDue()).isEqualTo(1);

        MailDelivery delivery = delivery(settings());
        assertThat(delivery.deliverDue()).isEqualTo(1);
        assertThat(delivery.deliverDue()).as("nothing left to send").isZero();
        clock.advance(Duration.ofDays(30));
        assertThat(delivery(settings()).deliverDue()).as("a new sender (a restart) sends nothing again").isZero();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("mia@example.org");
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("clus3@example.org");
        assertThat(received[0].getSubject()).isEqualTo("Clus3: 1 unread in 1 discussion");
        assertThat(received[0].getContent().toString()).contains("Statute of the cluster", "@elena replied");
        assertThat(received[0].getMessageID()).startsWith("<outbox-");

        MailView mail = outbox.list(admin, ALL).items().get(0);
        assertThat(mail.status()).isEqualTo(MailStatus.SENT);
        assertThat(mail.sentAt()).isNotNull();
        assertThat(mail.attempts()).isEqualTo(1);
        assertThat(mail.lastError()).isNull();
        assertThat(outbox.list(admin, MailStatus.SENT, ALL).total()).isEqualTo(1);
        assertThat(outbox.list(admin, MailStatus.QUEUED, ALL).total()).isZero();
    }

    @Test
    void a_failure_is_recorded_and_retried_after_a_pause() throws Exception {
        smtp.stop(); // nothing listens on the port now
        long id = outbox.queueTest(admin, "mia@example.org").id();
        long next = outbox.queueTest(admin, "rita@example.org").id();
        MailDelivery delivery = delivery(settings());

        assertThat(delivery.deliverDue()).isZero();
        assertThat(find(next).status()).as("an unreachable server ends the run: the rest waits untouched")
                .isEqualTo(MailStatus.QUEUED);
        assertThat(find(next).attempts()).isZero();
        MailView failed = find(id);
        assertThat(failed.status()).isEqualTo(MailStatus.RETRYING);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isNotBlank();
        assertThat(failed.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(delivery.deliverDue()).as("not again before the pause is over").isZero();
        assertThat(find(id).attempts()).isEqualTo(1);
        assertThat(find(next).attempts()).as("the next run tried the other one").isEqualTo(1);

        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        clock.advance(Duration.ofMinutes(1));
        assertThat(delivery.deliverDue()).isEqualTo(2);
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("Clus3 test mail");
        assertThat(find(next).status()).isEqualTo(MailStatus.SENT);
        MailView sent = find(id);
        assertThat(sent.status()).isEqualTo(MailStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.lastError()).isNull();
    }

    @Test
    void after_too_many_failures_a_mail_is_given_up_until_an_administrator_retries_it() {
        smtp.stop();
        long id = outbox.queueTest(admin, "mia@example.org").id();
        MailDelivery delivery = delivery(settings());
        for (int attempt = 1; attempt <= MailDelivery.MAX_ATTEMPTS; attempt++) {
            delivery.deliverDue();
            assertThat(find(id).attempts()).isEqualTo(attempt);
            clock.advance(Duration.ofHours(7)); // longer than the longest pause
        }
        MailView given = find(id);
        assertThat(given.status()).isEqualTo(MailStatus.FAILED);
        assertThat(given.failedAt()).isNotNull();
        assertThat(given.nextAttemptAt()).isNull();
        delivery.deliverDue();
        assertThat(find(id).attempts()).as("no attempt after giving up").isEqualTo(MailDelivery.MAX_ATTEMPTS);

        assertThatThrownBy(() -> outbox.retry(mia, id)).isInstanceOf(ForbiddenException.class);
        assertThat(outbox.retry(admin, id).status()).isEqualTo(MailStatus.QUEUED);
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        assertThat(delivery.deliverDue()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThatThrownBy(() -> outbox.retry(admin, id)).as("a sent mail is never sent again")
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void two_senders_at_once_deliver_each_mail_exactly_once() throws Exception {
        int mails = 30;
        for (int i = 0; i < mails; i++) {
            outbox.queueTest(admin, "person" + i + "@example.org");
        }
        MailDelivery first = delivery(settings());
        MailDelivery second = delivery(settings());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> work = List.of(first::deliverDue, second::deliverDue);
            int total = 0;
            for (Future<Integer> f : pool.invokeAll(work)) {
                total += f.get();
            }
            assertThat(total).isEqualTo(mails);
        } finally {
            pool.shutdownNow();
        }
        List<String> recipients = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            recipients.add(m.getAllRecipients()[0].toString());
        }
        assertThat(recipients).hasSize(mails).doesNotHaveDuplicates();
        assertThat(outbox.list(admin, MailStatus.SENT, ALL).total()).isEqualTo(mails);
        assertThat(outbox.list(admin, ALL).items()).allSatisfy(m -> assertThat(m.attempts()).isEqualTo(1));
    }

    @Test
    void an_smtp_server_that_wants_a_login_gets_the_configured_one() throws Exception {
        smtp.setUser("clus3@example.org", "clus3-mailer", "s3cret-Pass");
        MailSettings withLogin = MailSettings.from(Map.of(MailSettings.HOST, "127.0.0.1",
                MailSettings.PORT, Integer.toString(port), MailSettings.USER, "clus3-mailer",
                MailSettings.PASSWORD, "s3cret-Pass", MailSettings.FROM, "Clus3 <clus3@example.org>")::get);
        assertThat(withLogin.toString()).doesNotContain("s3cret-Pass").contains("password=***");
        outbox.queueTest(admin, "mia@example.org");

        assertThat(delivery(withLogin).deliverDue()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(smtp.getReceivedMessages()[0].getFrom()[0].toString()).isEqualTo("Clus3 <clus3@example.org>");
    }

    @Test
    void without_an_smtp_server_mail_stays_in_the_outbox() {
        long id = outbox.queueTest(admin, "mia@example.org").id();
        MailDelivery none = delivery(MailSettings.from(key -> null));

        assertThat(none.enabled()).isFalse();
        assertThat(none.deliverDue()).isZero();
        MailView kept = find(id);
        assertThat(kept.status()).isEqualTo(MailStatus.QUEUED);
        assertThat(kept.attempts()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_test_mail_needs_an_administrator_and_an_address() {
        assertThatThrownBy(() -> outbox.queueTest(mia, "mia@example.org")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> outbox.queueTest(admin, "not an address")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> outbox.list(admin, MailStatus.parse("LOST"), ALL)).isInstanceOf(InvalidInputException.class);
        assertThat(outbox.list(admin, ALL).items()).isEmpty();
    }

    private MailSettings settings() {
        return MailSettings.from(Map.of(MailSettings.HOST, "127.0.0.1", MailSettings.PORT, Integer.toString(port),
                MailSettings.FROM, "clus3@example.org")::get);
    }

    private MailDelivery delivery(MailSettings settings) {
        return new MailDelivery(db, clock, settings);
    }

    private MailView find(long id) {
        return outbox.list(admin, ALL).items().stream().filter(m -> m.id() == id).findFirst().orElseThrow();
    }

    private Actor user(String username, PlatformRole role) {
        User user = db.inTransaction(() -> new UserRepository(db).add(new User(username, username, username
                + "@example.org", "not-a-real-hash", role, clock.instant())));
        return user.asActor();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
