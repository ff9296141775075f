package eu.clus3.benchmarking.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import eu.clus3.benchmarking.BenchmarkingPlugin;
import eu.clus3.benchmarking.report.RegionOverview;

/** The regional overview for staff at {@code modules/benchmarking/region}: aggregates only. */
public class RegionView extends Div {

    public RegionView(BenchmarkingPlugin module) {
        Screen s = new Screen(module);
        getStyle().set("max-width", "60em");
        add(new H2(s.t("region.title")));
        // only assessors reach this page (BenchmarkingViews); the service checks again
        RegionOverview region = s.reports.region(s.locale());
        add(Screen.id(new Paragraph(s.t("region.counts", region.clustersBenchmarked(), region.completed(),
                region.inProgress())), "region-counts"));
        add(new H3(s.t("region.when")));
        add(new Paragraph(region.completedPerMonth().isEmpty() ? "–" : String.join(", ", region.completedPerMonth()
                .entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList())));
        if (!region.enoughClusters()) {
            add(new Paragraph(s.t("region.notEnough")));
            return;
        }
        add(new H3(s.t("region.areas")));
        Grid<RegionOverview.AreaSpread> areas = new Grid<>();
        areas.addColumn(a -> a.id() + " " + a.name()).setHeader(s.t("region.area")).setFlexGrow(3);
        areas.addColumn(a -> Screen.score(a.lowerQuartile())).setHeader(s.t("region.q1"));
        areas.addColumn(a -> Screen.score(a.median())).setHeader(s.t("region.median"));
        areas.addColumn(a -> Screen.score(a.upperQuartile())).setHeader(s.t("region.q3"));
        areas.setItems(region.areas());
        areas.setAllRowsVisible(true);
        add(areas);
        add(new H3(s.t("region.weakest")));
        Grid<RegionOverview.WeakIndicator> weakest = new Grid<>();
        weakest.addColumn(w -> w.id() + " " + w.name()).setHeader(s.t("report.indicator")).setFlexGrow(3);
        weakest.addColumn(w -> Screen.score(w.meanScore())).setHeader(s.t("region.mean"));
        weakest.setItems(region.weakest());
        weakest.setAllRowsVisible(true);
        weakest.setId("region-weakest");
        add(weakest);
    }
}
