package eu.clus3.benchmarking;

import eu.clus3.benchmarking.assessment.Benchmarkings;
import eu.clus3.benchmarking.edition.Editions;
import eu.clus3.benchmarking.report.Reports;
import eu.clus3.benchmarking.results.BenchmarkResults;
import eu.clus3.plugin.api.ModuleContext;
import eu.clus3.plugin.api.ModulePlugin;

/**
 * The module's object graph, built once per start: the editions (one cache of parsed editions), the benchmarkings
 * and the reports. The REST endpoint, the views, panels, dashboard card, search source and demo listener take this
 * plugin in their constructor and share it; it also starts and stops the exported API ({@link BenchmarkResults}).
 */
public class BenchmarkingPlugin extends ModulePlugin {

    private final Editions editions;
    private final Benchmarkings benchmarkings;
    private final Reports reports;

    public BenchmarkingPlugin(ModuleContext context) {
        super(context);
        this.editions = new Editions(context);
        this.benchmarkings = new Benchmarkings(context, editions);
        this.reports = new Reports(context, benchmarkings);
    }

    public Editions editions() {
        return editions;
    }

    public Benchmarkings benchmarkings() {
        return benchmarkings;
    }

    public Reports reports() {
        return reports;
    }

    @Override
    public void start() {
        BenchmarkResults.serve(benchmarkings);
    }

    @Override
    public void stop() {
        // no reference from a static field may outlive the module's class loader
        BenchmarkResults.serve(null);
    }
}
