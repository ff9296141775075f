package eu.clus3.benchmarking.web;

/** {@code POST benchmarkings/{key}/submit} and {@code /review}: {@code {"version": 5}}, the version the client read. */
public record VersionOnly(long version) {

    public VersionOnly {
        Versions.require(version);
    }
}
