package eu.clus3.benchmarking.assessment;

/** One of the (up to three) success stories a benchmarking asks for. */
public record SuccessStory(String title, String text) {
}
