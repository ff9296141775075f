package eu.clus3.benchmarking.web;

/**
 * {@code POST benchmarkings/{key}/complete}: {@code {"version": 7, "recommendations": "…"}}.
 *
 * @param recommendations the assessor's recommendations; left out, those saved before stay
 */
public record Completion(long version, String recommendations) {

    public Completion {
        Versions.require(version);
    }
}
