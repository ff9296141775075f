package eu.clus3.benchmarking.assessment;

import java.util.List;

/**
 * The answer to one indicator.
 *
 * @param value        the value on the indicator's scale, or {@code null} while unanswered
 * @param comment      the manager's comment
 * @param evidence     what backs the answer: document names or addresses
 * @param assessorNote the assessor's note from the interview
 * @param managerValue the manager's own value when the assessor corrected it, else {@code null}
 */
public record Answer(Double value, String comment, List<String> evidence, String assessorNote, Double managerValue) {

    public Answer {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    static Answer empty() {
        return new Answer(null, null, List.of(), null, null);
    }

    public boolean corrected() {
        return managerValue != null && value != null && !managerValue.equals(value);
    }
}
