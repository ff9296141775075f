package eu.clus3.benchmarking.report;

import java.util.List;
import java.util.Map;

/**
 * The region at a glance for regional staff, in aggregates only: how many clusters were benchmarked and
 * when, how area scores spread (quartiles, shown from five clusters up), the weakest indicators (which
 * point at training needs).
 *
 * @param completedPerMonth completed benchmarkings by month ({@code 2026-11})
 */
public record RegionOverview(String editionId, int clustersBenchmarked, int completed, int inProgress,
                             Map<String, Integer> completedPerMonth, boolean enoughClusters,
                             List<AreaSpread> areas, List<WeakIndicator> weakest) {

    public record AreaSpread(String id, String name, int clusters, double lowerQuartile, double median,
                             double upperQuartile, double mean) {
    }

    public record WeakIndicator(String id, String name, String areaName, int clusters, double meanScore) {
    }
}
