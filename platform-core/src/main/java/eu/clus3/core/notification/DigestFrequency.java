package eu.clus3.core.notification;

import java.time.Duration;

/** How often someone wants an e-mail digest of their unread notifications; none unless they opt in. */
public enum DigestFrequency {
    NONE(null),
    DAILY(Duration.ofDays(1)),
    WEEKLY(Duration.ofDays(7));

    private final Duration period;

    DigestFrequency(Duration period) {
        this.period = period;
    }

    public Duration period() {
        return period;
    }
}
