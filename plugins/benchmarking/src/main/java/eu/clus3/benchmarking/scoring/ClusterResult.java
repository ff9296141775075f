package eu.clus3.benchmarking.scoring;

import java.util.Map;

/**
 * One cluster's latest completed benchmarking of an edition, reduced to what peer comparison needs.
 *
 * @param values raw answers by indicator id
 */
public record ClusterResult(long clusterId, String portfolio, String country, Map<String, Double> values,
                            Scores.Result scores) {
    public ClusterResult {
        values = Map.copyOf(values);
    }
}
