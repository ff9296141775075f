package eu.clus3.benchmarking.assessment;

/** One invalid field of a request: where, a message key for the UI, and an English message. */
public record FieldProblem(String field, String code, String message) {
}
