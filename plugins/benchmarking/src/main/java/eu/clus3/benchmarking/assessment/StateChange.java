package eu.clus3.benchmarking.assessment;

/** A step of a benchmarking's life: who moved it from one state to another, when, and why (reopening). */
public record StateChange(BenchmarkingState from, BenchmarkingState to, String by, String at, String reason) {
}
