package eu.clus3.benchmarking.report;

import eu.clus3.benchmarking.assessment.SuccessStory;
import eu.clus3.benchmarking.scoring.PeerGroup;

import java.util.Locale;
import java.util.function.BiFunction;

import static eu.clus3.benchmarking.report.Charts.escape;

/**
 * The report as one self-contained HTML page laid out for paper (A4, charts inline as SVG): printed, or
 * saved as PDF with the browser's "Save as PDF", it is the exportable report with the assessor's
 * recommendations. No PDF library in the module: the platform ships none, and the browser's PDF keeps
 * the vector charts sharp.
 */
public final class PrintableReport {

    private PrintableReport() {
    }

    /** The evidence of an answer in one line: attached files (name, type, size), then names or addresses. */
    public static String evidence(Report.IndicatorLine l, Locale locale) {
        java.util.List<String> items = new java.util.ArrayList<>();
        l.files().forEach(f -> items.add(f.name() + " (" + FileSizes.shown(f.size(), locale) + ")"));
        items.addAll(l.evidence());
        return String.join("; ", items);
    }

    /** @param t the module's messages in the report's language */
    public static String html(Report r, Locale locale, BiFunction<String, Object[], String> t) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html lang=\"").append(locale.getLanguage()).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(escape(t.apply("report.title", new Object[]{r.clusterName()}))).append("</title><style>")
                .append("body{font-family:sans-serif;max-width:50em;margin:1em auto;padding:0 1em;color:#222}")
                .append("table{border-collapse:collapse;width:100%;font-size:.9em}td,th{border-bottom:1px solid #ddd;padding:.3em;text-align:left}")
                .append("td.n,th.n{text-align:right}svg{width:100%;height:auto;max-width:40em}h2{break-before:auto}")
                .append(".area{break-inside:avoid}@page{size:A4;margin:15mm}@media print{.noprint{display:none}}")
                .append("</style></head><body>");
        h.append("<p class=\"noprint\"><button onclick=\"window.print()\">").append(escape(t.apply("report.print", new Object[0])))
                .append("</button></p>");
        h.append("<h1>").append(escape(t.apply("report.title", new Object[]{r.clusterName()}))).append("</h1>");
        h.append("<p>").append(escape(t.apply("report.meta", new Object[]{r.editionTitle(),
                r.completedAt() == null ? "–" : r.completedAt().substring(0, 10), r.assessor() == null ? "–" : r.assessor()})))
                .append("</p>");
        h.append("<p>").append(escape(t.apply("report.noRanking", new Object[0]))).append("</p><ul>");
        for (Report.Group g : r.groups()) {
            h.append("<li>").append(escape(Charts.label(g.group(), locale))).append(": ")
                    .append(escape(g.enoughPeers() ? t.apply("report.peers", new Object[]{g.peers()})
                            : t.apply("report.notEnoughPeers", new Object[0])))
                    .append("</li>");
        }
        h.append("</ul><h2>").append(escape(t.apply("report.areas", new Object[0]))).append("</h2>")
                .append(Charts.radar(r, locale));
        for (Report.AreaLine a : r.areas()) {
            h.append("<div class=\"area\"><h3>").append(escape(a.id() + " " + a.name())).append(" — ")
                    .append(Math.round(a.score() == null ? 0 : a.score())).append("</h3><table><tr><th>")
                    .append(escape(t.apply("report.indicator", new Object[0]))).append("</th><th>")
                    .append(escape(t.apply("report.value", new Object[0]))).append("</th><th class=\"n\">")
                    .append(escape(t.apply("report.score", new Object[0]))).append("</th>");
            for (PeerGroup g : PeerGroup.values()) {
                h.append("<th class=\"n\">").append(escape(Charts.label(g, locale))).append("</th>");
            }
            h.append("</tr>");
            for (Report.IndicatorLine l : a.indicators()) {
                h.append("<tr><td>").append(escape(l.id() + " " + l.name())).append("</td><td>")
                        .append(escape(l.shownValue() == null ? "–" : l.shownValue())).append("</td><td class=\"n\">")
                        .append(l.score() == null ? "–" : Math.round(l.score())).append("</td>");
                for (PeerGroup g : PeerGroup.values()) {
                    Double p = l.peers().get(g);
                    h.append("<td class=\"n\">").append(p == null ? "–" : Math.round(p)).append("</td>");
                }
                h.append("</tr>");
                if (l.assessorNote() != null) {
                    h.append("<tr><td colspan=\"7\"><em>").append(escape(l.assessorNote())).append("</em></td></tr>");
                }
                if (!l.evidence().isEmpty() || !l.files().isEmpty()) {
                    h.append("<tr><td colspan=\"7\" class=\"evidence\">").append(escape(t.apply("report.evidence", new Object[0])))
                            .append(": ").append(escape(evidence(l, locale))).append("</td></tr>");
                }
            }
            h.append("</table></div>");
        }
        h.append("<h2>").append(escape(t.apply("report.indicators", new Object[0]))).append("</h2>").append(Charts.bars(r, locale));
        h.append("<h2>").append(escape(t.apply("questionnaire.stories", new Object[0]))).append("</h2>");
        for (SuccessStory story : r.stories()) {
            h.append("<h3>").append(escape(story.title())).append("</h3><p>").append(escape(story.text())).append("</p>");
        }
        h.append("<h2>").append(escape(t.apply("report.recommendations", new Object[0]))).append("</h2><p>")
                .append(escape(r.recommendations() == null ? "–" : r.recommendations()).replace("\n", "<br>")).append("</p>");
        return h.append("</body></html>").toString();
    }
}
