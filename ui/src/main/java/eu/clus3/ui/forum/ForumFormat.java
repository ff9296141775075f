package eu.clus3.ui.forum;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Span;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Small pieces the forum views share: dates, badges, rendered Markdown. */
final class ForumFormat {

    private ForumFormat() {
    }

    static String when(Instant at, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(at);
    }

    static Span badge(String text, String variant) {
        Span s = new Span(text);
        s.addClassNames("c3-badge", "c3-badge-" + variant);
        return s;
    }

    /** HTML that {@code eu.clus3.core.shared.Markdown} already sanitised, in one wrapping element. */
    static Component markdown(String safeHtml) {
        return new Html("<div class=\"c3-markdown c3-post-body\">" + safeHtml + "</div>");
    }
}
