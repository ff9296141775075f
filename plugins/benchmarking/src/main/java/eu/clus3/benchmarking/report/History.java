package eu.clus3.benchmarking.report;

import eu.clus3.benchmarking.assessment.BenchmarkingState;

import java.util.List;
import java.util.Map;

/** A cluster's benchmarkings over time, newest first, with what changed per indicator since the one before. */
public record History(long clusterId, List<Entry> benchmarkings) {

    /**
     * @param changes by indicator id, for completed benchmarkings that have a completed one before them
     */
    public record Entry(String key, BenchmarkingState state, String editionId, String startedAt, String completedAt,
                        Double overall, Map<String, Double> areaScores, Map<String, Change> changes) {
    }

    /** One indicator then and now; {@code scoreChange} is now minus then, in score points. */
    public record Change(String name, Double previousValue, Double value, Double previousScore, Double score,
                         Double scoreChange) {
    }
}
