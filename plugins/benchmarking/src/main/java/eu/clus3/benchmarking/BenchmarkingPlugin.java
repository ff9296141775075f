package eu.clus3.benchmarking;

import eu.clus3.benchmarking.assessment.Benchmarkings;
import eu.clus3.benchmarking.edition.Editions;
import eu.clus3.benchmarking.results.BenchmarkResults;
import eu.clus3.plugin.api.ModuleContext;
import eu.clus3.plugin.api.ModulePlugin;

/** Starts and stops the exported API ({@link BenchmarkResults}) with the module. */
public class BenchmarkingPlugin extends ModulePlugin {

    public BenchmarkingPlugin(ModuleContext context) {
        super(context);
    }

    @Override
    public void start() {
        BenchmarkResults.serve(new Benchmarkings(context(), new Editions(context())));
    }

    @Override
    public void stop() {
        // no reference from a static field may outlive the module's class loader
        BenchmarkResults.serve(null);
    }
}
