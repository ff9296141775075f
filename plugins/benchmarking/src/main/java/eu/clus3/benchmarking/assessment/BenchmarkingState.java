package eu.clus3.benchmarking.assessment;

/**
 * Where a benchmarking stands. The cluster's manager fills a DRAFT and submits it; an assessor (regional
 * staff) starts the review (UNDER_REVIEW), corrects and completes it. An assessor may reopen it with a
 * reason: a completed one goes back under review, a submitted or reviewed one back to the manager's draft.
 */
public enum BenchmarkingState {
    DRAFT, SUBMITTED, UNDER_REVIEW, COMPLETED
}
