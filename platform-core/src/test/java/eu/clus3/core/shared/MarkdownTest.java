package eu.clus3.core.shared;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Cluster descriptions are Markdown from their managers, shown to everyone: only harmless HTML comes out. */
class MarkdownTest {

    @Test
    void bold_emphasis_lists_and_links_render() {
        String html = Markdown.toSafeHtml("**bold** and *slanted*\n\n- one\n- two\n\n1. first\n\n[Site](https://example.org/en)");

        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("strong").text()).isEqualTo("bold");
        assertThat(doc.select("em").text()).isEqualTo("slanted");
        assertThat(doc.select("ul > li")).extracting(Element::text).containsExactly("one", "two");
        assertThat(doc.select("ol > li")).extracting(Element::text).containsExactly("first");
        assertThat(doc.select("a")).singleElement().satisfies(a -> {
            assertThat(a.attr("href")).isEqualTo("https://example.org/en");
            assertThat(a.text()).isEqualTo("Site");
        });
    }

    @Test
    void every_link_gets_rel_nofollow_noopener_noreferrer() {
        String html = Markdown.toSafeHtml("[a](https://a.example.org) and <https://b.example.org> and [m](mailto:info@example.org)");

        assertThat(Jsoup.parseBodyFragment(html).select("a")).hasSize(3)
                .allSatisfy(a -> assertThat(a.attr("rel")).isEqualTo("nofollow noopener noreferrer"));
        assertThat(Jsoup.parseBodyFragment(html).select("a")).extracting(a -> a.attr("href"))
                .containsExactly("https://a.example.org", "https://b.example.org", "mailto:info@example.org");
    }

    @Test
    void a_script_never_survives() {
        String html = Markdown.toSafeHtml("Hello <script>alert(document.cookie)</script>\n\n<script src=\"https://evil.example/x.js\"></script>");

        assertHarmless(html);
        assertThat(Jsoup.parseBodyFragment(html).text()).contains("Hello");
    }

    @Test
    void event_handler_attributes_never_survive() {
        String html = Markdown.toSafeHtml("<img src=x onerror=alert(1)>\n\n<a href=\"https://e.example\" onclick=\"steal()\">a</a>\n\n"
                + "x <span onmouseover=\"steal()\">y</span>\n\n<div onload=alert(1)>z</div>");

        assertHarmless(html);
    }

    @Test
    void javascript_and_data_links_lose_their_target() {
        for (String target : new String[]{"javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
                "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "vbscript:msgbox(1)"}) {
            String html = Markdown.toSafeHtml("[click me](" + target.replace(" ", "%20") + ")");

            assertHarmless(html);
            assertThat(Jsoup.parseBodyFragment(html).select("a[href]")).as(target).isEmpty();
            assertThat(Jsoup.parseBodyFragment(html).text()).as(target).isEqualTo("click me");
        }
    }

    @Test
    void raw_html_is_shown_as_text_never_as_markup() {
        String html = Markdown.toSafeHtml("<b>raw</b> <table><tr><td>cell</td></tr></table> <style>body{display:none}</style>");

        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("b, table, td, style")).isEmpty();
        assertThat(doc.text()).contains("<b>raw</b>");
        assertHarmless(html);
    }

    @Test
    void iframes_objects_and_forms_never_survive() {
        String html = Markdown.toSafeHtml("<iframe src=\"https://evil.example\"></iframe>\n\n<object data=\"x.swf\"></object>"
                + "\n\n<embed src=\"x\">\n\n<form action=\"https://evil.example\"><input name=p></form>\n\n<svg onload=alert(1)>");

        assertHarmless(html);
        assertThat(Jsoup.parseBodyFragment(html).select("iframe, object, embed, form, input, svg")).isEmpty();
    }

    @Test
    void remote_images_become_plain_links_that_nothing_fetches() {
        String html = Markdown.toSafeHtml("Logo: ![logo](https://tracker.example/pixel.png)");

        assertThat(Jsoup.parseBodyFragment(html).select("img")).isEmpty();
        Element link = Jsoup.parseBodyFragment(html).selectFirst("a");
        assertThat(link.attr("href")).isEqualTo("https://tracker.example/pixel.png");
        assertThat(link.text()).isEqualTo("logo");
        assertThat(link.attr("rel")).isEqualTo("nofollow noopener noreferrer");
    }

    @Test
    void only_the_platforms_own_uploaded_images_are_shown() {
        String html = Markdown.toSafeHtml("![chart](/api/forum/images/123 \"Members\")");
        Element img = Jsoup.parseBodyFragment(html).selectFirst("img");
        assertThat(img.attr("src")).isEqualTo("/api/forum/images/123");
        assertThat(img.attr("alt")).isEqualTo("chart");
        assertThat(img.attr("loading")).isEqualTo("lazy");

        for (String other : new String[]{"![a](/api/forum/images/1/../../../logout)", "![a](//evil.example/api/forum/images/1)",
                "![a](https://evil.example/api/forum/images/1)", "![a](/api/forum/images/1?x=1)",
                "![a](javascript:alert(1))", "![a](data:image/svg+xml;base64,PHN2Zz4=)", "![a](/api/clusters/1/logo)"}) {
            String out = Markdown.toSafeHtml(other);
            assertThat(Jsoup.parseBodyFragment(out).select("img")).as(other).isEmpty();
            assertThat(out.toLowerCase(Locale.ROOT)).as(other).doesNotContain("javascript:", "data:");
        }
        assertThat(Markdown.toSafeHtml("<img src=\"/api/forum/images/1\" onerror=\"alert(1)\">")).as("raw HTML is text")
                .doesNotContain("<img");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", " \n\t "})
    void nothing_or_blank_gives_empty_html(String markdown) {
        assertThat(Markdown.toSafeHtml(markdown)).isEmpty();
    }

    /** No executable markup: no script-like elements, no event handlers, no link or source to a script. */
    private static void assertHarmless(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        assertThat(lower).doesNotContain("<script", "<iframe", "<img", "<object", "<embed", "<svg", "<style");
        for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            assertThat(e.tagName()).isNotIn("script", "iframe", "img", "object", "embed", "svg", "style", "form");
            for (Attribute attribute : e.attributes()) {
                assertThat(attribute.getKey()).as(html).doesNotStartWith("on").isNotEqualTo("style").isNotEqualTo("src");
                assertThat(attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", ""))
                        .as(html).doesNotContain("javascript:", "vbscript:", "data:");
            }
        }
    }
}
