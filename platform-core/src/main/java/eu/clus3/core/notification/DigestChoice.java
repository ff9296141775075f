package eu.clus3.core.notification;

import java.time.Instant;

/** Someone's digest setting: how often, and when the last digest went out (null: never). */
public record DigestChoice(DigestFrequency frequency, Instant lastSentAt) {
}
