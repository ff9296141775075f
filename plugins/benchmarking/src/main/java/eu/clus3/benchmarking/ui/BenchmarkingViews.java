package eu.clus3.benchmarking.ui;

import eu.clus3.benchmarking.assessment.Access;
import eu.clus3.plugin.api.ModuleView;
import eu.clus3.plugin.api.ViewContributor;
import org.pf4j.Extension;

import java.util.List;

/** The module's pages; two of them in the navigation (the region only for regional staff). */
@Extension
public class BenchmarkingViews implements ViewContributor {

    @Override
    public List<ModuleView> views() {
        return List.of(
                ModuleView.of("", HomeView.class).inNavigation("nav.benchmarking", "vaadin:chart", 300),
                ModuleView.of("questionnaire", QuestionnaireView.class),
                ModuleView.of("report", ReportView.class),
                ModuleView.of("history", HistoryView.class),
                ModuleView.of("region", RegionView.class).requiring(Access.ASSESSORS)
                        .inNavigation("nav.region", "vaadin:chart-grid", 310));
    }
}
