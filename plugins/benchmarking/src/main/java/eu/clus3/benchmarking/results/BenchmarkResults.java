package eu.clus3.benchmarking.results;

import eu.clus3.benchmarking.assessment.Benchmarking;
import eu.clus3.benchmarking.assessment.Benchmarkings;
import eu.clus3.benchmarking.edition.Edition;
import eu.clus3.benchmarking.scoring.Scores;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The benchmarking module's exported API: modules that declare {@code Plugin-Dependencies: benchmarking}
 * see this package (PF4J gives dependents its classes) and call
 * {@code BenchmarkResults.latestCompleted(clusterId)}. It answers while the benchmarking module runs and is
 * empty otherwise. It checks no permission: the calling module decides what its users may see (and must
 * never show one cluster's figures to another).
 */
public final class BenchmarkResults {

    private static volatile Benchmarkings running;

    private BenchmarkResults() {
    }

    /** Set when the module starts, cleared when it stops. */
    public static void serve(Benchmarkings benchmarkings) {
        running = benchmarkings;
    }

    public static boolean available() {
        return running != null;
    }

    public static Optional<ClusterBenchmark> latestCompleted(long clusterId) {
        Benchmarkings b = running;
        if (b == null) {
            return Optional.empty();
        }
        return b.latestCompleted(clusterId).map(done -> of(b.editions().get(done.editionId()), done));
    }

    public static ClusterBenchmark of(Edition edition, Benchmarking b) {
        Scores.Result scores = Scores.of(edition, b.values());
        Map<String, IndicatorResult> indicators = new LinkedHashMap<>();
        scores.indicators().forEach((id, score) -> indicators.put(id, new IndicatorResult(id,
                edition.areaOf(id).map(a -> a.id()).orElse(""), b.values().get(id), score)));
        return new ClusterBenchmark(b.clusterId(), b.key(), b.editionId(), b.completedAt(), indicators, scores.areas());
    }
}
