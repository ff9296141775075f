package eu.clus3.benchmarking.ui;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import eu.clus3.benchmarking.BenchmarkingPlugin;
import eu.clus3.benchmarking.assessment.SuccessStory;
import eu.clus3.benchmarking.report.Charts;
import eu.clus3.benchmarking.report.Report;

import java.util.Locale;

/**
 * The report at {@code modules/benchmarking/report/<key>}: the radar of the areas and the bars per
 * indicator beside the peer groups' averages (only groups of five or more), the indicator table, the
 * success stories and the assessor's recommendations, with a PDF download (made on the server) and a printable
 * version.
 */
public class ReportView extends Div implements HasUrlParameter<String> {

    private final Screen s;

    public ReportView(BenchmarkingPlugin module) {
        this.s = new Screen(module);
        addClassName("benchmarking-report");
        getStyle().set("max-width", "60em");
    }

    @Override
    public void setParameter(BeforeEvent event, String key) {
        removeAll();
        Locale locale = s.locale();
        if (s.benchmarkings.readable(key).isEmpty()) {
            add(new H2(s.t("report.heading")), s.refused(s.benchmarkings.refusal(key)));
            return;
        }
        Report r = s.reports.report(key, locale);
        add(new H2(s.t("report.title", r.clusterName())));
        add(new Paragraph(s.t("report.meta", r.editionTitle(), r.completedAt() == null ? s.state(r.state())
                : r.completedAt().substring(0, 10), r.assessor() == null ? "–" : r.assessor())));
        Div links = new Div();
        links.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "1em");
        Anchor printable = new Anchor("api/modules/benchmarking/benchmarkings/" + key + "/printable?lang=" + locale.getLanguage(),
                s.t("report.printable"));
        printable.setTarget("_blank");
        printable.setId("benchmarking-printable");
        // A plain link to the REST address: the browser sends the session cookie and saves the file it gets.
        Button download = new Button(s.t("report.pdf"), VaadinIcon.DOWNLOAD.create());
        download.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor pdf = new Anchor("api/modules/benchmarking/benchmarkings/" + key + "/report.pdf?lang=" + locale.getLanguage(), download);
        pdf.getElement().setAttribute("download", true);
        pdf.getElement().setAttribute("router-ignore", true);
        pdf.setId("benchmarking-pdf");
        links.add(pdf, printable, s.link("history/" + r.clusterId(), s.t("home.history")));
        add(links);
        add(new Paragraph(s.t("report.noRanking")));
        UnorderedList groups = new UnorderedList();
        for (Report.Group g : r.groups()) {
            groups.add(new ListItem(Charts.label(g.group(), locale) + ": " + (g.enoughPeers()
                    ? s.t("report.peers", g.peers()) : s.t("report.notEnoughPeers"))));
        }
        add(groups);
        add(new H3(s.t("report.areas")));
        add(chart(Charts.radar(r, locale), "benchmarking-radar"));
        add(new H3(s.t("report.indicators")));
        add(chart(Charts.bars(r, locale), "benchmarking-bars"));
        for (Report.AreaLine a : r.areas()) {
            Div area = new Div(new H3(a.id() + " " + a.name() + " — " + Screen.score(a.score())));
            for (Report.IndicatorLine l : a.indicators()) {
                Div line = new Div();
                line.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0 1em")
                        .set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("padding", "0.25em 0");
                Div name = new Div(l.id() + " " + l.name());
                name.getStyle().set("flex", "1 1 16em");
                Div value = new Div(l.shownValue() == null ? "–" : l.shownValue());
                value.getStyle().set("flex", "1 1 10em");
                Div score = new Div(s.t("report.scoreOf", Screen.score(l.score())));
                line.add(name, value, score, s.discussion(r.editionId(), l.id(), l.name()));
                if (l.assessorNote() != null) {
                    Div note = new Div(s.t("report.note", l.assessorNote()));
                    note.getStyle().set("flex", "1 1 100%").set("font-style", "italic").set("font-size", "var(--lumo-font-size-s)");
                    line.add(note);
                }
                if (!l.files().isEmpty() || !l.evidence().isEmpty()) {
                    Div evidence = new Div(new Span(s.t("report.evidence") + ": "));
                    evidence.addClassName("benchmarking-report-evidence");
                    evidence.getStyle().set("flex", "1 1 100%").set("font-size", "var(--lumo-font-size-s)")
                            .set("overflow-wrap", "anywhere");
                    for (var f : l.files()) {
                        Anchor file = new Anchor("api/modules/" + s.context.moduleId() + "/benchmarkings/" + key
                                + "/indicators/" + l.id() + "/evidence/" + f.id(), f.name());
                        file.getElement().setAttribute("download", f.name());
                        evidence.add(file, new Span(" (" + eu.clus3.benchmarking.report.FileSizes.shown(f.size(), locale) + ") "));
                    }
                    if (!l.evidence().isEmpty()) {
                        evidence.add(new Span(String.join("; ", l.evidence())));
                    }
                    line.add(evidence);
                }
                area.add(line);
            }
            add(area);
        }
        add(new H3(s.t("questionnaire.stories")));
        for (SuccessStory story : r.stories()) {
            add(new Paragraph(story.title() + ": " + story.text()));
        }
        add(new H3(s.t("report.recommendations")));
        add(Screen.id(new Paragraph(r.recommendations() == null ? "–" : r.recommendations()), "benchmarking-recommendations"));
    }

    /** Inline SVG: wrapped, because only inside an HTML element does the browser parse it as SVG. */
    static Html chart(String svg, String id) {
        Html html = new Html("<div style=\"max-width:40em\">" + svg + "</div>");
        html.setId(id);
        return html;
    }
}
