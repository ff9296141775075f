package eu.clus3.benchmarking.web;

/**
 * {@code POST benchmarkings/{key}/reopen}: {@code {"version": 8, "reason": "…"}}.
 *
 * @param reason why it is reopened (required; the service checks it)
 */
public record Reopening(long version, String reason) {

    public Reopening {
        Versions.require(version);
    }
}
