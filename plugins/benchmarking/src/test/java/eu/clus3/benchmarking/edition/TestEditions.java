package eu.clus3.benchmarking.edition;

import eu.clus3.benchmarking.BenchmarkingPlugin;
import eu.clus3.plugin.testkit.TestModuleContext;

/** The shipped edition as the module reads it, for tests of logic that needs no store of its own. */
public final class TestEditions {

    private TestEditions() {
    }

    /**
     * Read with the platform's JSON mapping through a test kit context on H2 (which empties that database: call it
     * before a test makes its own context, e.g. from a field initialiser).
     */
    public static Edition shipped() {
        return new Editions(new TestModuleContext("benchmarking", BenchmarkingPlugin.class)).shipped();
    }
}
