package eu.clus3.core.shared;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.regex.Pattern;

/**
 * CommonMark to HTML that is safe to show: raw HTML in the source is escaped, and the rendered HTML
 * passes an allow-list (no script, no event handlers, no javascript: links); links open with
 * {@code rel="nofollow noopener noreferrer"}. Images are shown only from the platform's own forum image
 * address ({@code /api/forum/images/<id>}, checked by content and served to the readers of their category);
 * any other image becomes a plain link to it, so no post makes readers' browsers fetch from other sites.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    /** The one address images may come from: the platform's own uploads. */
    public static final Pattern OWN_IMAGE = Pattern.compile("/api/forum/images/[0-9]{1,18}");
    private static final Safelist SAFE = Safelist.relaxed()
            // img src is a relative address, checked against OWN_IMAGE before cleaning (no protocol allowed)
            .removeProtocols("img", "src", "http", "https")
            .removeAttributes("img", "width", "height", "align")
            .addAttributes("img", "loading")
            .addAttributes("a", "rel", "target")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer")
            .addProtocols("a", "href", "http", "https", "mailto");

    private Markdown() {
    }

    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = RENDERER.render(PARSER.parse(markdown));
        Document dirty = Jsoup.parseBodyFragment(html);
        for (Element img : dirty.select("img")) {
            String src = img.attr("src").trim();
            if (OWN_IMAGE.matcher(src).matches()) {
                img.attr("src", src).attr("loading", "lazy");
            } else {
                String text = img.attr("alt").isBlank() ? src : img.attr("alt");
                img.replaceWith(src.isEmpty() ? new org.jsoup.nodes.TextNode(text)
                        : new Element("a").attr("href", src).text(text));
            }
        }
        Document clean = new Cleaner(SAFE).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** The text a reader sees, without markup: what the search index analyses and cuts snippets from. */
    public static String toPlainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return Jsoup.parseBodyFragment(toSafeHtml(markdown)).body().text();
    }
}
