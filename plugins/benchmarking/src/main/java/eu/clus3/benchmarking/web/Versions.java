package eu.clus3.benchmarking.web;

import eu.clus3.plugin.api.ModuleProblem;

/** The version a change is based on: every change sends the version the client read (the store begins at 1). */
final class Versions {

    private Versions() {
    }

    /** A body's {@code "version"}: absent reads as 0, which no document has. */
    static void require(long version) {
        if (version < 1) {
            throw ModuleProblem.invalid("version", "benchmarking.versionRequired",
                    "Send the version you read (\"version\": n) with every change");
        }
    }

    /** The version sent as {@code ?version=n}, for calls whose body is a file or that have none. */
    static long sent(Long version) {
        if (version == null || version < 1) {
            throw ModuleProblem.invalid("version", "benchmarking.versionRequired",
                    "Send the version you read (?version=n) with every change");
        }
        return version;
    }
}
