package eu.clus3.benchmarking.edition;

import java.util.List;

/** An indicator's scoring rule and, for threshold rules, its thresholds. */
public record Scoring(ScoringRule rule, List<Double> thresholds) {

    public Scoring {
        thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
    }
}
