package eu.clus3.benchmarking.scoring;

/** The groups a cluster is compared with (DOMAIN.md, "Benchmarking"). */
public enum PeerGroup {
    /** Clusters of the same comparative portfolio (sector). */
    PORTFOLIO,
    /** Clusters of the same country. */
    COUNTRY,
    /** Every benchmarked cluster on the platform. */
    ALL,
    /** The top quartile of every benchmarked cluster by overall score. */
    EXCELLENCE
}
