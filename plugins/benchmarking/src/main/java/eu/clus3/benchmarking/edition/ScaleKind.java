package eu.clus3.benchmarking.edition;

/** How an indicator is answered. */
public enum ScaleKind {
    /** One of the indicator's described levels; the value is the level's position, 0 first. */
    LEVELS,
    /** A number within the indicator's range, in its unit. */
    NUMBER,
    /** A share, 0 to 100. */
    PERCENT,
    /** Yes (1) or no (0). */
    YES_NO
}
