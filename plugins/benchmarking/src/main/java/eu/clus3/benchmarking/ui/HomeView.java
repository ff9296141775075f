package eu.clus3.benchmarking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import eu.clus3.benchmarking.BenchmarkingPlugin;
import eu.clus3.benchmarking.assessment.Access;
import eu.clus3.benchmarking.assessment.Benchmarking;
import eu.clus3.benchmarking.assessment.BenchmarkingState;
import eu.clus3.plugin.api.ClusterRef;
import eu.clus3.plugin.api.ModuleContext;
import eu.clus3.plugin.api.ModuleUser;

import java.util.Comparator;
import java.util.List;

/**
 * The module's main page: for a cluster's people, their clusters' benchmarkings (start, continue, report,
 * history); for assessors, the benchmarkings waiting for them and the regional overview; for administrators,
 * the editions (download as JSON or YAML, upload a new one).
 */
public class HomeView extends Div {

    public HomeView(BenchmarkingPlugin module) {
        Screen s = new Screen(module);
        ModuleContext context = module.context();
        addClassName("benchmarking-home");
        add(new H2(s.t("home.title")), new Paragraph(s.t("home.intro")));
        ModuleUser user = context.currentUser().orElse(null);
        if (user == null) {
            return;
        }
        if (Access.assessor(user)) {
            add(new H3(s.t("home.queue")));
            List<Benchmarking> waiting = s.benchmarkings.everything().stream()
                    .filter(b -> b.state() == BenchmarkingState.SUBMITTED || b.state() == BenchmarkingState.UNDER_REVIEW)
                    .sorted(Comparator.comparing(Benchmarking::startedAt)).toList();
            if (waiting.isEmpty()) {
                add(new Paragraph(s.t("home.queueEmpty")));
            }
            Div queue = Screen.id(new Div(), "benchmarking-queue");
            waiting.forEach(b -> queue.add(row(s, b, b.clusterName())));
            add(queue, new Paragraph(s.link("region", s.t("home.region"))));
        }
        for (long clusterId : user.clusterRoles().keySet()) {
            ClusterRef cluster = context.cluster(clusterId).orElse(null);
            if (cluster == null) {
                continue;
            }
            add(new H3(cluster.name()));
            List<Benchmarking> mine = s.benchmarkings.ofCluster(cluster.id());
            Div list = new Div();
            list.addClassName("benchmarking-list");
            mine.forEach(b -> list.add(row(s, b, null)));
            if (mine.isEmpty()) {
                list.add(new Paragraph(s.t("home.none")));
            }
            add(list);
            if (Access.runs(user, cluster.id()) && mine.stream().allMatch(b -> b.state() == BenchmarkingState.COMPLETED)) {
                Button start = new Button(s.t("home.start"),
                        e -> s.go("questionnaire/" + s.benchmarkings.start(cluster.id()).key()));
                start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                start.setId("benchmarking-start-" + cluster.id());
                add(start);
            }
            if (mine.stream().anyMatch(b -> b.state() == BenchmarkingState.COMPLETED)) {
                add(new Paragraph(s.link("history/" + cluster.id(), s.t("home.history"))));
            }
        }
        if (Access.administrator(user)) {
            add(new EditionsPanel(s));
        }
    }

    private static Div row(Screen s, Benchmarking b, String clusterName) {
        Div row = new Div();
        row.addClassName("benchmarking-row");
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.5em 1em").set("align-items", "baseline")
                .set("padding", "0.4em 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        if (clusterName != null) {
            row.add(new Span(clusterName));
        }
        row.add(new Span(b.key()), new Span(s.state(b.state())),
                new Span(b.startedAt().substring(0, 10)));
        if (b.state() == BenchmarkingState.COMPLETED) {
            row.add(s.link("report/" + b.key(), s.t("home.openReport")));
        } else {
            row.add(s.link("questionnaire/" + b.key(), s.t("home.open")));
        }
        return row;
    }
}
