package eu.clus3.core.forum;

import eu.clus3.core.shared.Markdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The @usernames a post mentions: found in its rendered text, so code blocks and links do not count. */
final class Mentions {

    /** At most this many people are told of one post, so a pasted list cannot flood the platform. */
    static final int MAX_PER_POST = 20;
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}@._-])@([a-z0-9][a-z0-9._-]{1,63})",
            Pattern.CASE_INSENSITIVE);

    private Mentions() {
    }

    static Set<String> in(String markdown) {
        Document doc = Jsoup.parseBodyFragment(Markdown.toSafeHtml(markdown));
        doc.select("pre, code, a").remove();
        Set<String> names = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(doc.text());
        while (m.find() && names.size() < MAX_PER_POST) {
            names.add(m.group(1).toLowerCase(Locale.ROOT).replaceAll("[.]+$", ""));
        }
        return names;
    }
}
