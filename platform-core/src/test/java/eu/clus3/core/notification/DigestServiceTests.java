package eu.clus3.core.notification;

import eu.clus3.core.identity.Actor;
import eu.clus3.core.identity.PlatformRole;
import eu.clus3.core.identity.User;
import eu.clus3.core.identity.UserRepository;
import eu.clus3.core.shared.ForbiddenException;
import eu.clus3.core.shared.PageRequest;
import eu.clus3.core.testing.PersistenceTest;
import eu.clus3.core.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Opt-in e-mail digests: grouped by topic, never repeating what was read or already sent; kept in the outbox. */
abstract class DigestServiceTests extends PersistenceTest {

    static final PageRequest ALL = new PageRequest(0, 50);

    NotificationService notifications;
    MailOutbox outbox;
    DigestService digests;
    Actor admin;
    Actor mia;
    long post = 1000;

    DigestServiceTests(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void createServices() {
        notifications = new NotificationService(db, clock);
        outbox = new MailOutbox(db, clock);
        digests = new DigestService(db, new UserRepository(db), outbox, clock);
        admin = user("admin", PlatformRole.ADMINISTRATOR);
        mia = user("mia", PlatformRole.MEMBER);
    }

    @Test
    void nobody_gets_a_digest_without_opting_in() {
        tell(mia, NotificationKind.REPLY, 7L, "Statute");
        clock.advance(Duration.ofDays(8));

        assertThat(digests.sendDue()).isZero();
        assertThat(digests.mine(mia).frequency()).isEqualTo(DigestFrequency.NONE);
        assertThat(outbox.list(admin, ALL).items()).isEmpty();
    }

    @Test
    void a_weekly_digest_groups_unread_notifications_by_topic_once_a_week() {
        digests.choose(mia, DigestFrequency.WEEKLY);
        clock.advance(Duration.ofHours(1));
        tell(mia, NotificationKind.REPLY, 7L, "Statute");
        tell(mia, NotificationKind.MENTION, 7L, "Statute");
        tell(mia, NotificationKind.ANSWER_ACCEPTED, 9L, "Fees");

        clock.advance(Duration.ofDays(6));
        assertThat(digests.sendDue()).as("not due yet").isZero();
        clock.advance(Duration.ofDays(1));
        assertThat(digests.sendDue()).isEqualTo(1);

        List<MailView> mails = outbox.list(admin, ALL).items();
        assertThat(mails).hasSize(1);
        MailView mail = mails.get(0);
        assertThat(mail.to()).isEqualTo("mia@example.org");
        assertThat(mail.subject()).isEqualTo("Clus3: 3 unread in 2 discussions");
        assertThat(mail.body()).containsSubsequence("Statute", "replied", "mentioned you", "Fees", "accepted your answer");
        assertThat(mail.sentAt()).as("no SMTP server: kept in the outbox").isNull();
    }

    @Test
    void a_digest_never_repeats_what_was_read_or_already_sent() {
        digests.choose(mia, DigestFrequency.DAILY);
        clock.advance(Duration.ofMinutes(1));
        tell(mia, NotificationKind.REPLY, 7L, "Statute");
        NotificationView read = tell(mia, NotificationKind.REPLY, 8L, "Seen already");
        notifications.markRead(mia, read.id());
        clock.advance(Duration.ofDays(1));
        digests.sendDue();

        clock.advance(Duration.ofDays(1));
        assertThat(digests.sendDue()).as("nothing new: no empty digest").isZero();
        tell(mia, NotificationKind.MENTION, 9L, "Fees");
        clock.advance(Duration.ofDays(1));
        digests.sendDue();

        List<MailView> mails = outbox.list(admin, ALL).items();
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).body()).contains("Statute").doesNotContain("Seen already", "Fees");
        assertThat(mails.get(0).body()).contains("Fees").doesNotContain("Statute", "Seen already");
    }

    @Test
    void opting_in_does_not_mail_the_past_and_opting_out_stops_digests() {
        tell(mia, NotificationKind.REPLY, 7L, "Old news");
        clock.advance(Duration.ofMinutes(1));
        digests.choose(mia, DigestFrequency.DAILY);
        clock.advance(Duration.ofDays(1));
        assertThat(digests.sendDue()).isZero();

        tell(mia, NotificationKind.REPLY, 7L, "Old news");
        digests.choose(mia, DigestFrequency.NONE);
        clock.advance(Duration.ofDays(2));
        assertThat(digests.sendDue()).isZero();
    }

    @Test
    void only_administrators_read_the_mail_outbox() {
        assertThatThrownBy(() -> outbox.list(mia, ALL)).isInstanceOf(ForbiddenException.class);
    }

    private NotificationView tell(Actor to, NotificationKind kind, Long topicId, String title) {
        long postId = post++;
        return db.inTransaction(() -> notifications.deliver(to.userId(), kind, "elena", title, topicId, postId, 2));
    }

    private Actor user(String username, PlatformRole role) {
        User user = db.inTransaction(() -> new UserRepository(db).add(new User(username, username, username
                + "@example.org", "not-a-real-hash", role, clock.instant())));
        return user.asActor();
    }
}
