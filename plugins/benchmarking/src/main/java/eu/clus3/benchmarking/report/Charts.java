package eu.clus3.benchmarking.report;

import eu.clus3.benchmarking.scoring.PeerGroup;
import eu.clus3.plugin.api.Documents;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report's charts, drawn on the server as SVG text (no client library, no npm): a radar of the area
 * scores and bars per indicator, the cluster's own figures beside the peer groups' averages. SVG scales to
 * any width, so the same picture serves phones, screens and print.
 */
public final class Charts {

    /** Colours per series: the cluster first, then the peer groups. */
    private static final String SELF = "#1676f3";
    private static final Map<PeerGroup, String> COLOURS = Map.of(PeerGroup.PORTFOLIO, "#e07a00",
            PeerGroup.COUNTRY, "#2e8540", PeerGroup.ALL, "#7a7a7a", PeerGroup.EXCELLENCE, "#9c27b0");

    private Charts() {
    }

    public static String label(PeerGroup group, Locale locale) {
        boolean it = locale != null && "it".equals(locale.getLanguage());
        return switch (group) {
            case PORTFOLIO -> it ? "Stesso portafoglio" : "Same portfolio";
            case COUNTRY -> it ? "Stesso paese" : "Same country";
            case ALL -> it ? "Tutti i cluster" : "All clusters";
            case EXCELLENCE -> it ? "Gruppo di eccellenza" : "Excellence group";
        };
    }

    private static String ours(Locale locale) {
        return locale != null && "it".equals(locale.getLanguage()) ? "Questo cluster" : "This cluster";
    }

    /** A radar with one axis per area (0 at the centre, 100 at the rim). */
    public static String radar(Report report, Locale locale) {
        List<Report.AreaLine> areas = report.areas();
        int n = areas.size();
        double cx = 260, cy = 210, r = 150;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"-100 0 720 470\" role=\"img\" class=\"benchmark-radar\" ")
                .append("font-family=\"sans-serif\" font-size=\"12\"><title>")
                .append(escape(report.clusterName())).append("</title>");
        for (int ring = 1; ring <= 4; ring++) {
            svg.append("<polygon fill=\"none\" stroke=\"#ddd\" points=\"").append(points(n, cx, cy, r * ring / 4.0, null)).append("\"/>");
        }
        for (int i = 0; i < n; i++) {
            double[] p = point(i, n, cx, cy, r);
            double[] t = point(i, n, cx, cy, r + 22);
            svg.append("<line stroke=\"#ccc\" x1=\"").append(fmt(cx)).append("\" y1=\"").append(fmt(cy))
                    .append("\" x2=\"").append(fmt(p[0])).append("\" y2=\"").append(fmt(p[1])).append("\"/>");
            String anchor = Math.abs(t[0] - cx) < 10 ? "middle" : (t[0] > cx ? "start" : "end");
            svg.append("<text x=\"").append(fmt(t[0])).append("\" y=\"").append(fmt(t[1] + 4)).append("\" text-anchor=\"")
                    .append(anchor).append("\">").append(escape(areas.get(i).id() + " " + shorten(areas.get(i).name(), 26)))
                    .append("</text>");
        }
        // the cluster's own area first, the peer groups' outlines over it (in a PDF the light fill is opaque)
        double[] own = areas.stream().mapToDouble(a -> a.score() == null ? 0 : a.score()).toArray();
        svg.append("<polygon class=\"own\" fill=\"").append(SELF).append("\" fill-opacity=\"0.25\" stroke=\"").append(SELF)
                .append("\" stroke-width=\"2\" points=\"").append(points(n, cx, cy, r, own)).append("\"/>");
        svg.append(legendItem(0, SELF, ours(locale), false));
        int legend = 1;
        for (PeerGroup g : PeerGroup.values()) {
            boolean complete = areas.stream().allMatch(a -> a.peers().containsKey(g));
            if (complete) {
                double[] values = areas.stream().mapToDouble(a -> a.peers().get(g)).toArray();
                svg.append("<polygon class=\"peer-").append(g.name().toLowerCase(Locale.ROOT)).append("\" fill=\"none\" stroke=\"")
                        .append(COLOURS.get(g)).append("\" stroke-dasharray=\"5 3\" stroke-width=\"2\" points=\"")
                        .append(points(n, cx, cy, r, values)).append("\"/>");
                svg.append(legendItem(legend++, COLOURS.get(g), label(g, locale), true));
            }
        }
        return svg.append("</svg>").toString();
    }

    /** Horizontal bars per indicator, 0–100, with a tick for each peer group's average. */
    public static String bars(Report report, Locale locale) {
        int rowHeight = 22, left = 230, width = 260, top = 30;
        int rows = report.areas().stream().mapToInt(a -> a.indicators().size() + 1).sum();
        int height = top + rows * rowHeight + 40;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 520 ").append(height)
                .append("\" role=\"img\" class=\"benchmark-bars\" font-family=\"sans-serif\" font-size=\"11\"><title>")
                .append(escape(report.clusterName())).append("</title>");
        for (int t = 0; t <= 100; t += 25) {
            double x = left + width * t / 100.0;
            svg.append("<line stroke=\"#eee\" x1=\"").append(fmt(x)).append("\" y1=\"").append(top - 5).append("\" x2=\"")
                    .append(fmt(x)).append("\" y2=\"").append(height - 35).append("\"/><text x=\"").append(fmt(x))
                    .append("\" y=\"").append(top - 10).append("\" text-anchor=\"middle\" fill=\"#666\">").append(t).append("</text>");
        }
        int y = top;
        for (Report.AreaLine area : report.areas()) {
            svg.append("<text x=\"4\" y=\"").append(y + 15).append("\" font-weight=\"bold\">")
                    .append(escape(area.id() + " " + shorten(area.name(), 60))).append("</text>");
            y += rowHeight;
            for (Report.IndicatorLine line : area.indicators()) {
                svg.append("<text x=\"12\" y=\"").append(y + 15).append("\">")
                        .append(escape(line.id() + " " + shorten(line.name(), 34))).append("</text>");
                if (line.score() != null) {
                    svg.append("<rect class=\"own\" x=\"").append(left).append("\" y=\"").append(y + 4).append("\" width=\"")
                            .append(fmt(Math.max(1, width * line.score() / 100.0))).append("\" height=\"14\" fill=\"")
                            .append(SELF).append("\"/>");
                }
                for (Map.Entry<PeerGroup, Double> peer : line.peers().entrySet()) {
                    double x = left + width * peer.getValue() / 100.0;
                    svg.append("<line class=\"peer-").append(peer.getKey().name().toLowerCase(Locale.ROOT))
                            .append("\" stroke=\"").append(COLOURS.get(peer.getKey())).append("\" stroke-width=\"3\" x1=\"")
                            .append(fmt(x)).append("\" y1=\"").append(y + 1).append("\" x2=\"").append(fmt(x)).append("\" y2=\"")
                            .append(y + 21).append("\"/>");
                }
                y += rowHeight;
            }
        }
        svg.append("<g transform=\"translate(10,").append(height - 25).append(")\"><rect width=\"12\" height=\"12\" fill=\"")
                .append(SELF).append("\"/><text x=\"16\" y=\"10\">").append(escape(ours(locale))).append("</text></g>");
        int i = 1;
        for (PeerGroup g : PeerGroup.values()) {
            boolean shown = report.areas().stream().anyMatch(a -> a.indicators().stream().anyMatch(l -> l.peers().containsKey(g)));
            if (!shown) {
                continue;
            }
            svg.append("<g transform=\"translate(").append(10 + i * 105).append(",").append(height - 25).append(")\">")
                    .append("<rect width=\"4\" height=\"12\" fill=\"").append(COLOURS.get(g)).append("\"/><text x=\"8\" y=\"10\">")
                    .append(escape(label(g, locale))).append("</text></g>");
            i++;
        }
        return svg.append("</svg>").toString();
    }

    private static String legendItem(int index, String colour, String text, boolean dashed) {
        int y = 410 + (index / 3) * 18;
        int x = 10 + (index % 3) * 170;
        return "<g transform=\"translate(" + x + "," + y + ")\">"
                + (dashed ? "<line x1=\"0\" y1=\"6\" x2=\"14\" y2=\"6\" stroke=\"" + colour + "\" stroke-width=\"2\" stroke-dasharray=\"4 2\"/>"
                : "<rect width=\"12\" height=\"12\" fill=\"" + colour + "\" fill-opacity=\"0.5\"/>")
                + "<text x=\"18\" y=\"10\">" + escape(text) + "</text></g>";
    }

    private static String points(int n, double cx, double cy, double r, double[] values) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double radius = values == null ? r : r * Math.max(0, Math.min(100, values[i])) / 100.0;
            double[] p = point(i, n, cx, cy, radius);
            s.append(i == 0 ? "" : " ").append(fmt(p[0])).append(',').append(fmt(p[1]));
        }
        return s.toString();
    }

    private static double[] point(int i, int n, double cx, double cy, double r) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
        return new double[]{cx + r * Math.cos(angle), cy + r * Math.sin(angle)};
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** Text safe in SVG and (X)HTML, also inside the PDF's XHTML: escaped, and characters XML forbids left out. */
    public static String escape(String s) {
        return Documents.escape(s);
    }
}
