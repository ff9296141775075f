package eu.clus3.core.notification;

import java.util.Optional;
import java.util.function.Function;

/**
 * The SMTP server mail goes through; none configured ({@link #configured()} false) keeps every mail in the
 * outbox for administrators to read.
 *
 * @param host     {@code clus3.smtp.host} ({@code CLUS3_SMTP_HOST}); unset: no delivery
 * @param port     {@code clus3.smtp.port}, default 25 (587 with STARTTLS)
 * @param user     {@code clus3.smtp.user}; set: authenticate
 * @param password {@code clus3.smtp.password} (never printed)
 * @param from     {@code clus3.smtp.from}, the sender address, default {@code clus3@<host>}
 * @param starttls {@code clus3.smtp.starttls}: require STARTTLS (default false)
 */
public record MailSettings(String host, int port, String user, String password, String from, boolean starttls) {

    public static final String HOST = "clus3.smtp.host";
    public static final String PORT = "clus3.smtp.port";
    public static final String USER = "clus3.smtp.user";
    public static final String PASSWORD = "clus3.smtp.password";
    public static final String FROM = "clus3.smtp.from";
    public static final String STARTTLS = "clus3.smtp.starttls";

    public static final MailSettings NONE = new MailSettings(null, 25, null, null, null, false);

    public MailSettings {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(PORT + " must be between 1 and 65535, not " + port);
        }
    }

    public static MailSettings from(Function<String, String> lookup) {
        Function<String, Optional<String>> get = key -> Optional.ofNullable(lookup.apply(key))
                .map(String::trim).filter(v -> !v.isEmpty());
        Optional<String> host = get.apply(HOST);
        if (host.isEmpty()) {
            return NONE;
        }
        boolean starttls = get.apply(STARTTLS).map(Boolean::parseBoolean).orElse(false);
        int port;
        try {
            port = get.apply(PORT).map(Integer::parseInt).orElse(starttls ? 587 : 25);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PORT + " must be a number, not " + get.apply(PORT).orElse(""), e);
        }
        return new MailSettings(host.get(), port, get.apply(USER).orElse(null),
                lookup.apply(PASSWORD) == null ? null : lookup.apply(PASSWORD),
                get.apply(FROM).orElse("clus3@" + host.get()), starttls);
    }

    /** Whether an SMTP server is configured, i.e. the outbox is delivered. */
    public boolean configured() {
        return host != null;
    }

    @Override
    public String toString() {
        // Never print the password, only whether one is set.
        return configured()
                ? "MailSettings[smtp=" + host + ":" + port + ", user=" + (user == null ? "-" : user)
                + ", password=" + (password == null ? "-" : "***") + ", from=" + from + ", starttls=" + starttls + "]"
                : "MailSettings[no SMTP server: mail stays in the outbox]";
    }
}
