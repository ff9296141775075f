package eu.clus3.benchmarking.ui;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import eu.clus3.benchmarking.BenchmarkingPlugin;
import eu.clus3.benchmarking.assessment.Access;
import eu.clus3.benchmarking.assessment.BenchmarkingState;
import eu.clus3.benchmarking.report.History;
import eu.clus3.plugin.api.ModuleUser;

import java.util.Map;

/** A cluster's benchmarkings over time at {@code modules/benchmarking/history/<clusterId>}, with the change per indicator. */
public class HistoryView extends Div implements HasUrlParameter<String> {

    private final Screen s;

    public HistoryView(BenchmarkingPlugin module) {
        this.s = new Screen(module);
        getStyle().set("max-width", "60em");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        removeAll();
        add(new H2(s.t("history.title")));
        ModuleUser user = s.context.currentUser().orElse(null);
        long clusterId = parameter != null && parameter.matches("\\d{1,18}") ? Long.parseLong(parameter) : -1;
        if (clusterId < 0 || s.context.cluster(clusterId).isEmpty()) {
            add(new Paragraph(s.t("history.unknown")));
            return;
        }
        if (user == null || !Access.seesCluster(user, clusterId)) {
            add(s.refused("benchmarking.otherCluster"));
            return;
        }
        History history = s.reports.history(clusterId, s.locale());
        for (History.Entry entry : history.benchmarkings()) {
            String when = entry.completedAt() != null ? entry.completedAt().substring(0, 10) : entry.startedAt().substring(0, 10);
            add(new H3(entry.key() + " — " + s.state(entry.state()) + " — " + when));
            if (entry.state() == BenchmarkingState.COMPLETED) {
                add(new Paragraph(s.link("report/" + entry.key(), s.t("home.openReport"))));
            }
            if (!entry.changes().isEmpty()) {
                Grid<Map.Entry<String, History.Change>> grid = new Grid<>();
                grid.addColumn(Map.Entry::getKey).setHeader("#").setAutoWidth(true).setFlexGrow(0);
                grid.addColumn(e -> e.getValue().name()).setHeader(s.t("report.indicator")).setFlexGrow(3);
                grid.addColumn(e -> Screen.score(e.getValue().previousScore())).setHeader(s.t("history.before"));
                grid.addColumn(e -> Screen.score(e.getValue().score())).setHeader(s.t("history.now"));
                grid.addColumn(e -> {
                    Double c = e.getValue().scoreChange();
                    return c == null ? "–" : (c > 0 ? "+" : "") + Math.round(c);
                }).setHeader(s.t("history.change"));
                grid.setItems(entry.changes().entrySet().stream().toList());
                grid.setAllRowsVisible(true);
                grid.setId("history-changes-" + entry.key());
                add(grid);
            }
        }
    }
}
