package eu.clus3.benchmarking.results;

import java.util.Map;

/**
 * A cluster's latest completed benchmarking, for other modules (e.g. labeling checks Bronze eligibility,
 * training points weak indicators at courses).
 *
 * @param completedAt ISO instant of completion (a Bronze label runs two years from the interview month)
 * @param indicators  by indicator id (answered indicators only)
 * @param areaScores  by area id
 */
public record ClusterBenchmark(long clusterId, String key, String editionId, String completedAt,
                               Map<String, IndicatorResult> indicators, Map<String, Double> areaScores) {

    public ClusterBenchmark {
        indicators = Map.copyOf(indicators);
        areaScores = Map.copyOf(areaScores);
    }
}
