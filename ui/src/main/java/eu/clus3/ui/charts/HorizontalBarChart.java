package eu.clus3.ui.charts;

import com.vaadin.flow.component.Html;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart drawn on the server as SVG: no client library, nothing to download, prints
 * and scales with the page. Labels are escaped; colours come from Lumo's custom properties.
 */
public final class HorizontalBarChart {

    public record Bar(String label, double value, String valueText) { }

    private HorizontalBarChart() {
    }

    public static Html of(String title, List<Bar> bars) {
        return new Html("<div class=\"c3-chart\">" + svg(title, bars) + "</div>");
    }

    static String svg(String title, List<Bar> bars) {
        int rowHeight = 26;
        int labelWidth = 170;
        int barWidth = 200;
        int valueWidth = 50;
        int width = labelWidth + barWidth + valueWidth;
        int height = Math.max(rowHeight, bars.size() * rowHeight);
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 %d %d\" width=\"100%%\" "
                        + "style=\"max-width:%dpx\" aria-label=\"%s\"><title>%s</title>",
                width, height, width, escape(title), escape(title)));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = i * rowHeight;
            double w = max <= 0 ? 0 : bar.value() / max * barWidth;
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"13\" fill=\"var(--lumo-body-text-color, #1a2233)\">%s</text>",
                    labelWidth - 8, y + 17, escape(bar.label())));
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" rx=\"3\" fill=\"var(--lumo-primary-color, #1676f3)\"/>",
                    labelWidth, y + 5, w, rowHeight - 10));
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"13\" fill=\"var(--lumo-secondary-text-color, #556)\">%s</text>",
                    labelWidth + w + 6, y + 17, escape(bar.valueText())));
        }
        return svg.append("</svg>").toString();
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
