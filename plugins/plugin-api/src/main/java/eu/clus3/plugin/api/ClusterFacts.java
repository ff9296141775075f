package eu.clus3.plugin.api;

/**
 * What a cluster organisation is, as far as comparing it with peers goes (benchmarking's peer groups).
 *
 * @param cluster   which cluster
 * @param portfolio its comparative portfolio (sector peer group), e.g. {@code ICT} or {@code MARITIME_TECHNOLOGIES}
 * @param country   its country, the ISO 3166 alpha-2 code of its NUTS region (e.g. {@code IT}; Greece is {@code EL})
 * @param nutsCode  its NUTS region code, e.g. {@code ITH4}
 * @since 1.2.0
 */
public record ClusterFacts(ClusterRef cluster, String portfolio, String country, String nutsCode) {
}
