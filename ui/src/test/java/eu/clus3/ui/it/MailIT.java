package eu.clus3.ui.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static eu.clus3.ui.it.ApiAssertions.assertJson;
import static eu.clus3.ui.it.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail through a real SMTP server from the real server: Payara Micro started with {@code CLUS3_SMTP_*} pointing
 * at GreenMail in this JVM. Proves that the server's own Jakarta Mail implementation is found by the WAR (it
 * ships none), that a queued mail is delivered once and that the outbox shows it as sent.
 */
class MailIT {

    private static final Path WORK = TestEnvironment.target().resolve("it-mail");

    @Test
    void aTestMailGoesThroughTheConfiguredSmtpServerOnceAndTheOutboxShowsItSent() throws Exception {
        int port = freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.setUser("mailer@clus3.test", "mailer", "Mail-Pass-42");
        smtp.start();
        Path data = TestEnvironment.directory(TestEnvironment.freshDirectory(WORK).resolve("data"));
        Map<String, String> environment = Map.of(
                "CLUS3_DATA_DIR", data.toString(),
                "CLUS3_ADMIN_PASSWORD", TestEnvironment.adminPassword(),
                "CLUS3_SMTP_HOST", "127.0.0.1",
                "CLUS3_SMTP_PORT", Integer.toString(port),
                "CLUS3_SMTP_USER", "mailer",
                "CLUS3_SMTP_PASSWORD", "Mail-Pass-42",
                "CLUS3_SMTP_FROM", "Clus3 <mailer@clus3.test>");
        try (PayaraMicroProcess server = PayaraMicroProcess.start(WORK.resolve("server"), environment)) {
            Api admin = Api.at(server.base()).withToken(AdminToken.of(server.base()));
            JsonNode state = assertJson(admin.get("api/notifications/mail-outbox/smtp"), 200);
            assertThat(state.path("smtpConfigured").asBoolean()).isTrue();
            assertThat(state.toString()).doesNotContain("Mail-Pass-42");
            assertProblem(admin.post("api/notifications/mail-outbox/test", Map.of("to", "no address")), 400);

            long id = assertJson(admin.post("api/notifications/mail-outbox/test", Map.of("to", "mia@clus3.test")), 201)
                    .path("id").asLong();
            assertThat(smtp.waitForIncomingEmail(60_000, 1)).as("delivered within the sender's period").isTrue();
            MimeMessage[] received = smtp.getReceivedMessages();
            assertThat(received).hasSize(1);
            assertThat(received[0].getSubject()).isEqualTo("Clus3 test mail");
            assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("mia@clus3.test");

            JsonNode sent = awaitStatus(admin, id, "SENT");
            assertThat(sent.path("attempts").asInt()).isEqualTo(1);
            assertThat(sent.path("sentAt").isNull()).isFalse();
            assertJson(admin.get("api/notifications/mail-outbox?status=SENT"), 200);
            assertProblem(admin.get("api/notifications/mail-outbox?status=LOST"), 400);
            assertProblem(admin.post("api/notifications/mail-outbox/" + id + "/retry", Map.of()), 400);
            assertThat(server.tail()).doesNotContain("Mail-Pass-42");
            server.close();
            assertThat(smtp.getReceivedMessages()).as("never a second copy, up to the server's stop").hasSize(1);
        } finally {
            smtp.stop();
        }
    }

    /** The outbox row of {@code id} once it reached {@code status} (it is marked right after the SMTP reply). */
    private static JsonNode awaitStatus(Api admin, long id, String status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonNode mail = null;
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode m : assertJson(admin.get("api/notifications/mail-outbox"), 200).path("items")) {
                if (m.path("id").asLong() == id) {
                    mail = m;
                }
            }
            if (mail != null && status.equals(mail.path("status").asText())) {
                return mail;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("mail " + id + " did not reach " + status + ": " + mail);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
