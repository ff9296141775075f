package eu.clus3.benchmarking.assessment;

import eu.clus3.benchmarking.BenchmarkingPlugin;
import eu.clus3.benchmarking.report.History;
import eu.clus3.benchmarking.report.Report;
import eu.clus3.benchmarking.report.Reports;
import eu.clus3.benchmarking.scoring.PeerGroup;
import eu.clus3.plugin.testkit.ModuleDatabase;
import eu.clus3.plugin.testkit.OnEveryDatabase;
import eu.clus3.plugin.testkit.TestModuleContext;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@OnEveryDatabase
class DemoBenchmarkingsTest {

    private final ModuleDatabase database;

    DemoBenchmarkingsTest(ModuleDatabase database) {
        this.database = database;
    }

    @Test
    void sixDemoClustersGetACompletedBenchmarkingAndTwoOfThemTwo() {
        TestModuleContext context = new TestModuleContext(database, "benchmarking", BenchmarkingPlugin.class);
        String[] portfolios = {"MARITIME_TECHNOLOGIES", "FOOD_INDUSTRY", "HEALTH_AND_MEDICAL_SCIENCE",
                "CONSTRUCTION", "PRODUCTION_AND_ENGINEERING", "CREATIVE_INDUSTRIES"};
        for (int c = 0; c < 6; c++) {
            context.cluster(c + 1, portfolios[c], "IT");
        }
        context.actAs(TestModuleContext.administrator(1));
        BenchmarkingPlugin module = new BenchmarkingPlugin(context);
        DemoBenchmarkings demo = new DemoBenchmarkings(module);
        context.listen(demo);

        context.platformEvent("platform.demo-data-loaded", Map.of());
        List<Benchmarking> again = demo.fill();

        assertThat(again).as("only into an empty module").isEmpty();
        Benchmarkings benchmarkings = module.benchmarkings();
        List<Benchmarking> all = benchmarkings.everything();
        assertThat(all).hasSize(8).allSatisfy(b -> {
            assertThat(b.state()).isEqualTo(BenchmarkingState.COMPLETED);
            assertThat(b.values()).hasSize(36);
        });
        assertThat(context.searchChanges).hasSize(8);

        context.actAs(TestModuleContext.manager(50, 1));
        Reports reports = module.reports();
        Report report = reports.report(benchmarkings.latestCompleted(1).orElseThrow().key(), Locale.ENGLISH);
        assertThat(report.groups()).filteredOn(Report.Group::enoughPeers).extracting(Report.Group::group)
                .containsExactlyInAnyOrder(PeerGroup.COUNTRY, PeerGroup.ALL);
        History history = reports.history(1, Locale.ENGLISH);
        assertThat(history.benchmarkings()).hasSize(2);
        assertThat(history.benchmarkings().get(0).changes()).hasSize(36);
    }
}
