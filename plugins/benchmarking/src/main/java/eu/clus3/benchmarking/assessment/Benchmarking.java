package eu.clus3.benchmarking.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One benchmarking of a cluster, as stored (one document of the collection {@code benchmarkings}, owned by
 * the cluster; every save is a revision) with the platform's JSON mapping, and as the API answers it. The
 * peer-group facts (portfolio, country) are taken from the cluster profile when it starts, so a later profile
 * change does not rewrite past comparisons. Documents written by version 1.1.0 (Jackson, nulls written out) read
 * the same; unknown fields are ignored.
 *
 * @param key     e.g. {@code c12-2}: the cluster's second benchmarking
 * @param version the store's optimistic version: send it back with every change
 */
public record Benchmarking(String key, long clusterId, String clusterSlug, String clusterName, String portfolio,
                           String country, String editionId, BenchmarkingState state, Map<String, Answer> answers,
                           List<SuccessStory> stories, String recommendations, String assessor, String startedBy,
                           String startedAt, String submittedAt, String completedAt, List<StateChange> changes,
                           long version) {

    public Benchmarking {
        answers = answers == null ? Map.of() : new LinkedHashMap<>(answers);
        stories = stories == null ? List.of() : List.copyOf(stories);
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public Answer answer(String indicatorId) {
        return answers.getOrDefault(indicatorId, Answer.empty());
    }

    /** The answered values by indicator id. */
    public Map<String, Double> values() {
        Map<String, Double> values = new LinkedHashMap<>();
        answers.forEach((id, a) -> {
            if (a.value() != null) {
                values.put(id, a.value());
            }
        });
        return values;
    }

    Benchmarking with(BenchmarkingState newState, Map<String, Answer> newAnswers, List<SuccessStory> newStories,
                      String newRecommendations, String newAssessor, String newSubmittedAt, String newCompletedAt,
                      List<StateChange> newChanges) {
        return new Benchmarking(key, clusterId, clusterSlug, clusterName, portfolio, country, editionId, newState,
                newAnswers, newStories, newRecommendations, newAssessor, startedBy, startedAt, newSubmittedAt,
                newCompletedAt, newChanges, version);
    }

    Benchmarking withVersion(long newVersion) {
        return new Benchmarking(key, clusterId, clusterSlug, clusterName, portfolio, country, editionId, state,
                answers, stories, recommendations, assessor, startedBy, startedAt, submittedAt, completedAt, changes,
                newVersion);
    }
}
