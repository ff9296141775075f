package eu.clus3.benchmarking.results;

/** One indicator of a completed benchmarking: the value on the indicator's scale and its score (0–100). */
public record IndicatorResult(String indicatorId, String areaId, double value, double score) {
}
