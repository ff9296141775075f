package eu.clus3.benchmarking.assessment;

import java.util.List;

/**
 * A change to one indicator's answer, as sent while filling or reviewing the questionnaire. Fields left
 * {@code null} stay as they are; {@code setsValue} with a {@code null} value clears the answer.
 */
public record AnswerChange(String indicatorId, boolean setsValue, Double value, String comment, List<String> evidence,
                           String assessorNote) {

    public static AnswerChange value(String indicatorId, double value) {
        return new AnswerChange(indicatorId, true, value, null, null, null);
    }
}
