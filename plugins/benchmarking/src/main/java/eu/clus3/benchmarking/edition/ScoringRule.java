package eu.clus3.benchmarking.edition;

/** How a value becomes a score from 0 to 100. */
public enum ScoringRule {
    /** Levels: position / (levels - 1) × 100. */
    LEVEL,
    /** Thresholds in ascending order: the share of thresholds the value reaches (value ≥ threshold). */
    AT_LEAST,
    /** Thresholds in descending order, for "lower is better": the share the value stays within (value ≤ threshold). */
    AT_MOST,
    /** Yes scores 100, no scores 0. */
    YES_NO
}
