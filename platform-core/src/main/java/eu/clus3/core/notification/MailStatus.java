package eu.clus3.core.notification;

/** Where a mail of the outbox stands. */
public enum MailStatus {
    /** Waiting: for the sender, or for ever when no SMTP server is configured. */
    QUEUED,
    /** At least one attempt failed; another follows after a pause. */
    RETRYING,
    /** The SMTP server accepted it. */
    SENT,
    /** Given up after too many attempts (an administrator may retry it). */
    FAILED;

    /** The status named in a query, null for none; anything else is a field error. */
    public static MailStatus parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            new eu.clus3.core.shared.Validator().check(false, "status", "validation.oneOf",
                    "status must be one of QUEUED, RETRYING, SENT, FAILED").throwIfInvalid();
            return null;
        }
    }
}
