package eu.clus3.benchmarking.report;

import eu.clus3.benchmarking.assessment.SuccessStory;
import eu.clus3.benchmarking.scoring.PeerGroup;
import eu.clus3.plugin.api.Documents;

import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The report as an A4 PDF document: facts, scores, the radar and the bars (the same SVG as on screen, drawn as
 * vectors), the indicator table with the peer groups' averages, the success stories and the assessor's
 * recommendations, with page numbers. The module writes XHTML; the platform makes the PDF
 * ({@code ModuleContext.documents()}), so the module bundles no PDF library.
 *
 * <p>Every text that people typed (names, stories, recommendations, notes, comments) goes through
 * {@link Documents#escape}: markup in it is shown as text and cannot break the document.
 */
public final class ReportPdf {

    /** Widest and tallest a chart may be on the page (A4 less the margins and a heading). */
    private static final double MAX_WIDTH_MM = 170;
    private static final double MAX_HEIGHT_MM = 235;

    private ReportPdf() {
    }

    /** @param t the module's messages in the report's language */
    public static String xhtml(Report r, Locale locale, BiFunction<String, Object[], String> t) {
        Texts m = new Texts(t);
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(locale.getLanguage()).append("\"><head><title>")
                .append(e(m.t("report.title", r.clusterName()))).append("</title><style>")
                .append("@page{size:A4;margin:18mm 18mm 20mm 18mm;")
                .append("@top-left{content:").append(e(css(r.clusterName()))).append(";font-family:sans-serif;font-size:8pt;color:#666}")
                .append("@top-right{content:").append(e(css(r.editionTitle()))).append(";font-family:sans-serif;font-size:8pt;color:#666}")
                .append("@bottom-center{content:").append(e(pageCounter(m.t("pdf.pageOf")))).append(";font-family:sans-serif;font-size:8pt;color:#666}}")
                .append("body{font-family:sans-serif;font-size:10pt;color:#222;line-height:1.35}")
                .append("h1{font-size:18pt;margin:0 0 4mm 0}h2{font-size:13pt;margin:6mm 0 2mm 0}h3{font-size:11pt;margin:4mm 0 1mm 0}")
                .append("table{border-collapse:collapse;width:100%;-fs-table-paginate:paginate}")
                .append("th,td{border-bottom:0.5pt solid #ccc;padding:1mm 1.2mm;text-align:left;vertical-align:top}")
                .append("th{font-size:8.5pt;color:#444}td.n,th.n{text-align:right}table.ind{table-layout:fixed}")
                .append("table.facts td{border:none;padding:0.5mm 2mm 0.5mm 0}table.facts td.k{color:#555;width:35mm}")
                .append("tr.note td{border-bottom:0.5pt solid #ccc;font-style:italic;font-size:8.5pt;color:#444;padding-left:5mm}")
                .append("tr{page-break-inside:avoid}.chart{margin:3mm 0;page-break-inside:avoid}.area{page-break-inside:avoid}")
                .append(".new-page{page-break-before:always}.small{font-size:8.5pt;color:#555}")
                .append("p.typed{white-space:pre-wrap}p.typed,td{word-wrap:break-word}")
                .append("</style></head><body>");

        h.append("<h1>").append(e(m.t("report.title", r.clusterName()))).append("</h1>");
        h.append("<table class=\"facts\">");
        fact(h, m.t("pdf.cluster"), r.clusterName());
        fact(h, m.t("pdf.edition"), r.editionTitle() + " (" + r.editionId() + ")");
        fact(h, m.t("pdf.state"), m.t("state." + r.state().name()));
        fact(h, m.t("pdf.started"), date(r.startedAt()));
        fact(h, m.t("pdf.submitted"), date(r.submittedAt()));
        fact(h, m.t("pdf.completed"), date(r.completedAt()));
        fact(h, m.t("pdf.assessor"), r.assessor() == null ? "–" : r.assessor());
        fact(h, m.t("pdf.overall"), Math.round(r.overall()) + " / 100");
        h.append("</table>");

        h.append("<h2>").append(e(m.t("pdf.peerGroups"))).append("</h2><p class=\"small\">").append(e(m.t("report.noRanking")))
                .append("</p><table><tr><th>").append(e(m.t("pdf.group"))).append("</th><th>").append(e(m.t("pdf.peersColumn")))
                .append("</th></tr>");
        for (Report.Group g : r.groups()) {
            h.append("<tr><td>").append(e(Charts.label(g.group(), locale))).append("</td><td>")
                    .append(e(g.enoughPeers() ? m.t("report.peers", g.peers()) : m.t("report.notEnoughPeers")))
                    .append("</td></tr>");
        }
        h.append("</table>");

        h.append("<h2>").append(e(m.t("report.areas"))).append("</h2>");
        h.append("<table><tr><th>").append(e(m.t("pdf.area"))).append("</th><th class=\"n\">").append(e(m.t("report.score"))).append("</th>");
        peerHeadings(h, locale);
        h.append("</tr>");
        for (Report.AreaLine a : r.areas()) {
            h.append("<tr><td>").append(e(a.id() + " " + a.name())).append("</td><td class=\"n\">").append(score(a.score())).append("</td>");
            for (PeerGroup g : PeerGroup.values()) {
                h.append("<td class=\"n\">").append(score(a.peers().get(g))).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</table><p class=\"small\">").append(e(m.t("pdf.dash", m.t("report.notEnoughPeers")))).append("</p>");
        h.append(chart(Charts.radar(r, locale), 720, 470, 125));

        int rows = r.areas().stream().mapToInt(a -> a.indicators().size() + 1).sum();
        h.append("<h2 class=\"new-page\">").append(e(m.t("report.indicators"))).append("</h2>")
                .append(chart(Charts.bars(r, locale), 520, 30 + rows * 22 + 40, MAX_WIDTH_MM));

        for (Report.AreaLine a : r.areas()) {
            h.append("<div class=\"area\"><h3>").append(e(a.id() + " " + a.name())).append(" — ").append(score(a.score())).append("</h3>");
            h.append("<table class=\"ind\"><tr><th style=\"width:32%\">").append(e(m.t("report.indicator")))
                    .append("</th><th style=\"width:20%\">").append(e(m.t("report.value")))
                    .append("</th><th class=\"n\" style=\"width:10%\">").append(e(m.t("report.score"))).append("</th>");
            peerHeadings(h, locale);
            h.append("</tr>");
            for (Report.IndicatorLine l : a.indicators()) {
                h.append("<tr><td>").append(e(l.id() + " " + l.name())).append("</td><td>")
                        .append(e(l.shownValue() == null ? "–" : l.shownValue())).append("</td><td class=\"n\">")
                        .append(score(l.score())).append("</td>");
                for (PeerGroup g : PeerGroup.values()) {
                    h.append("<td class=\"n\">").append(score(l.peers().get(g))).append("</td>");
                }
                h.append("</tr>");
                if (l.assessorNote() != null && !l.assessorNote().isBlank()) {
                    h.append("<tr class=\"note\"><td colspan=\"").append(3 + PeerGroup.values().length).append("\">")
                            .append(e(m.t("report.note", l.assessorNote()))).append("</td></tr>");
                }
            }
            h.append("</table></div>");
        }
        h.append("<p class=\"small\">").append(e(m.t("pdf.dash", m.t("report.notEnoughPeers")))).append("</p>");

        h.append("<h2 class=\"new-page\">").append(e(m.t("questionnaire.stories"))).append("</h2>");
        if (r.stories().isEmpty()) {
            h.append("<p>–</p>");
        }
        for (SuccessStory story : r.stories()) {
            h.append("<h3>").append(e(story.title())).append("</h3><p class=\"typed\">").append(e(story.text())).append("</p>");
        }
        h.append("<h2>").append(e(m.t("report.recommendations"))).append("</h2><p class=\"typed\">")
                .append(e(r.recommendations() == null || r.recommendations().isBlank() ? "–" : r.recommendations())).append("</p>");
        return h.append("</body></html>").toString();
    }

    private static void fact(StringBuilder h, String key, String value) {
        h.append("<tr><td class=\"k\">").append(e(key)).append("</td><td>").append(e(value)).append("</td></tr>");
    }

    private static void peerHeadings(StringBuilder h, Locale locale) {
        for (PeerGroup g : PeerGroup.values()) {
            h.append("<th class=\"n\">").append(e(Charts.label(g, locale))).append("</th>");
        }
    }

    /** An SVG chart as wide as fits both the page's width and its height (a long bar chart gets narrower). */
    private static String chart(String svg, double viewWidth, double viewHeight, double widestMm) {
        double width = Math.min(widestMm, MAX_HEIGHT_MM * viewWidth / viewHeight);
        return "<div class=\"chart\" style=\"width:" + String.format(Locale.ROOT, "%.1f", width) + "mm\">"
                + svg.replaceFirst("<svg ", "<svg style=\"width:" + String.format(Locale.ROOT, "%.1f", width) + "mm\" ")
                + "</div>";
    }

    private static String score(Double d) {
        return d == null ? "–" : String.valueOf(Math.round(d));
    }

    private static String date(String instant) {
        return instant == null || instant.length() < 10 ? "–" : instant.substring(0, 10);
    }

    private static String e(String text) {
        return Documents.escape(text);
    }

    /** A CSS string (for a page-margin box): quotes and backslashes escaped, line breaks as spaces. */
    static String css(String text) {
        String s = text == null ? "" : text.replaceAll("[\\r\\n\\f]+", " ");
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** "Page {0} of {1}" as CSS content: the numbers become the page counters. */
    static String pageCounter(String pattern) {
        StringBuilder content = new StringBuilder();
        String rest = pattern;
        while (!rest.isEmpty()) {
            int p0 = rest.indexOf("{0}");
            int p1 = rest.indexOf("{1}");
            int next = p0 < 0 ? p1 : p1 < 0 ? p0 : Math.min(p0, p1);
            if (next < 0) {
                content.append(css(rest)).append(' ');
                break;
            }
            if (next > 0) {
                content.append(css(rest.substring(0, next))).append(' ');
            }
            content.append(next == p0 ? "counter(page) " : "counter(pages) ");
            rest = rest.substring(next + 3);
        }
        return content.toString().strip();
    }

    /** Messages without the Object[] noise. */
    private record Texts(BiFunction<String, Object[], String> t) {
        String t(String key, Object... args) {
            return t.apply(key, args);
        }
    }
}
