package eu.clus3.core.notification;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Hands one plain-text mail to the configured SMTP server through Jakarta Mail (the implementation is the
 * server's: Payara Micro ships Angus Mail). Timeouts are bounded so a dead server cannot hang the sender.
 */
final class SmtpMailer {

    private final MailSettings settings;
    private final Session session;

    SmtpMailer(MailSettings settings) {
        this.settings = settings;
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", settings.host());
        p.put("mail.smtp.port", Integer.toString(settings.port()));
        p.put("mail.smtp.connectiontimeout", "20000");
        p.put("mail.smtp.timeout", "30000");
        p.put("mail.smtp.writetimeout", "30000");
        if (settings.starttls()) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        Authenticator auth = null;
        if (settings.user() != null) {
            p.put("mail.smtp.auth", "true");
            auth = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(settings.user(),
                            settings.password() == null ? "" : settings.password());
                }
            };
        }
        this.session = Session.getInstance(p, auth);
    }

    /**
     * Sends the mail; the Message-ID is derived from the outbox row, so should a crash between the server's
     * acceptance and our commit make us send it again, the copies carry one id.
     */
    void send(OutgoingMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<outbox-" + mail.getId() + "." + mail.getCreatedAt().toEpochMilli()
                        + "@" + domain() + ">");
            }
        };
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getTo(), true));
        message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
        message.setText(mail.getBody(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setHeader("Auto-Submitted", "auto-generated");
        Transport.send(message);
    }

    private String domain() {
        String from = settings.from();
        int at = from.lastIndexOf('@');
        String d = at < 0 ? settings.host() : from.substring(at + 1).replace(">", "").trim();
        return d.isEmpty() ? "clus3" : d;
    }
}
