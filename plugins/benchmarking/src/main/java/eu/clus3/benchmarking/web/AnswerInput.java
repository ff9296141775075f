package eu.clus3.benchmarking.web;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;

import java.util.List;

/**
 * A change to one indicator's answer, as sent: what is left out stays as it is.
 *
 * @param value        a number on the indicator's scale ({@code true}/{@code false} for yes and no); {@code null}
 *                     clears the answer, leaving it out keeps it (hence a JSON value rather than a number)
 * @param comment      the manager's comment ({@code ""} clears it)
 * @param evidence     other evidence: document names or addresses (replaces the list)
 * @param assessorNote the assessor's note, during the review
 */
public record AnswerInput(JsonValue value, String comment, List<String> evidence, String assessorNote) {

    /** Whether the value is sent (a number, yes/no, or {@code null} to clear it). */
    boolean setsValue() {
        return value != null;
    }

    /** Whether the value is one an answer can have: a number, true or false, or null. */
    boolean valueIsANumber() {
        return value == null || value instanceof JsonNumber || value == JsonValue.TRUE || value == JsonValue.FALSE
                || value == JsonValue.NULL;
    }

    /** The value as a number: yes is 1, no is 0, null clears. */
    Double number() {
        if (value instanceof JsonNumber n) {
            return n.doubleValue();
        }
        if (value == JsonValue.TRUE) {
            return 1.0;
        }
        return value == JsonValue.FALSE ? 0.0 : null;
    }
}
