package eu.clus3.plugin.api;

/**
 * E-mail through the platform's outbox, also to people without an account (a study visit's host, an external
 * assessor): queued at once, delivered with the platform's SMTP settings and retries, listed for administrators
 * (<i>Administration → Mail</i>). Without SMTP settings the mail stays in the outbox.
 *
 * @since 1.4.0
 */
public interface Mail {

    /**
     * Queues a plain-text mail.
     *
     * @throws ModuleProblem 400 on the field {@code to} for an address that is not one, {@code subject} for a blank
     *                       subject; a subject over 300 characters is cut
     */
    void send(String to, String subject, String text);
}
