package eu.clus3.benchmarking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import eu.clus3.benchmarking.BenchmarkingPlugin;
import eu.clus3.benchmarking.assessment.Access;
import eu.clus3.benchmarking.assessment.Benchmarking;
import eu.clus3.benchmarking.assessment.BenchmarkingState;
import eu.clus3.benchmarking.report.Report;
import eu.clus3.plugin.api.ClusterPanelContributor;
import eu.clus3.plugin.api.ClusterRef;
import eu.clus3.plugin.api.DashboardWidgetContributor;
import eu.clus3.plugin.api.ModuleUser;
import org.pf4j.Extension;

import java.util.List;
import java.util.Optional;

/** The benchmark summary on a cluster's profile and the staff's dashboard card. */
public final class Panels {

    private Panels() {
    }

    /** Only the cluster's people and the staff see it: others never see a cluster's figures. */
    @Extension
    public static class ClusterSummary implements ClusterPanelContributor {

        private final BenchmarkingPlugin module;

        public ClusterSummary(BenchmarkingPlugin module) {
            this.module = module;
        }

        @Override
        public Optional<Component> clusterPanel(ClusterRef cluster) {
            ModuleUser user = module.context().currentUser().orElse(null);
            if (user == null || !(Access.assessor(user) || user.belongsTo(cluster.id()))) {
                return Optional.empty();
            }
            Screen s = new Screen(module);
            Optional<Benchmarking> latest = s.benchmarkings.latestCompleted(cluster.id());
            Div panel = Screen.id(new Div(new H3(s.t("panel.title"))), "benchmarking-panel");
            if (latest.isEmpty()) {
                panel.add(new Paragraph(s.t("panel.none")));
                if (Access.runs(user, cluster.id())) {
                    panel.add(new Paragraph(s.link("", s.t("panel.start"))));
                }
                return Optional.of(panel);
            }
            Report r = s.reports.report(latest.get().key(), s.locale());
            panel.add(new Paragraph(s.t("panel.latest", r.completedAt().substring(0, 10))));
            panel.add(ReportView.chart(eu.clus3.benchmarking.report.Charts.radar(r, s.locale()), "benchmarking-panel-radar"));
            panel.add(new Paragraph(s.link("report/" + r.key(), s.t("home.openReport"))));
            return Optional.of(panel);
        }
    }

    /** For assessors: what waits for review; for managers: their open benchmarking. */
    @Extension
    public static class DashboardCard implements DashboardWidgetContributor {

        private final BenchmarkingPlugin module;

        public DashboardCard(BenchmarkingPlugin module) {
            this.module = module;
        }

        @Override
        public Optional<Component> dashboardWidget() {
            ModuleUser user = module.context().currentUser().orElse(null);
            if (user == null) {
                return Optional.empty();
            }
            Screen s = new Screen(module);
            if (Access.assessor(user)) {
                List<Benchmarking> all = s.benchmarkings.everything();
                long submitted = all.stream().filter(b -> b.state() == BenchmarkingState.SUBMITTED).count();
                long review = all.stream().filter(b -> b.state() == BenchmarkingState.UNDER_REVIEW).count();
                long completed = all.stream().filter(b -> b.state() == BenchmarkingState.COMPLETED).count();
                Div card = Screen.id(new Div(new H3(s.t("widget.title")),
                        new Paragraph(s.t("widget.staff", submitted, review, completed)),
                        new Paragraph(s.link("", s.t("widget.queue"))), new Paragraph(s.link("region", s.t("home.region")))),
                        "benchmarking-widget");
                return Optional.of(card);
            }
            List<Benchmarking> open = user.clusterRoles().keySet().stream()
                    .filter(c -> Access.manager(user, c))
                    .flatMap(c -> s.benchmarkings.ofCluster(c).stream())
                    .filter(b -> b.state() != BenchmarkingState.COMPLETED).toList();
            if (open.isEmpty()) {
                return Optional.empty();
            }
            Div card = Screen.id(new Div(new H3(s.t("widget.title"))), "benchmarking-widget");
            open.forEach(b -> card.add(new Paragraph(s.link("questionnaire/" + b.key(),
                    b.clusterName() + ": " + s.state(b.state())))));
            return Optional.of(card);
        }
    }
}
