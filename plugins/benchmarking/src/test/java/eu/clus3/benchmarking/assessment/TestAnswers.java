package eu.clus3.benchmarking.assessment;

import eu.clus3.benchmarking.edition.Edition;
import eu.clus3.benchmarking.edition.Indicator;

import java.util.ArrayList;
import java.util.List;

/** Valid answers for tests: level {@code level} of 0..4 spread over each indicator's scale. */
public final class TestAnswers {

    private TestAnswers() {
    }

    public static List<AnswerChange> atLevel(Edition edition, int level, boolean mandatoryOnly) {
        List<AnswerChange> changes = new ArrayList<>();
        for (Indicator i : edition.indicators()) {
            if (mandatoryOnly && !i.mandatory()) {
                continue;
            }
            double value = switch (i.scale().kind()) {
                case LEVELS -> Math.min(level, i.scale().levels().size() - 1);
                case YES_NO -> level >= 2 ? 1 : 0;
                default -> level == 0 ? i.scale().lowest() : i.scoring().thresholds().get(Math.min(level, 4) - 1);
            };
            changes.add(AnswerChange.value(i.id(), value));
        }
        return changes;
    }
}
