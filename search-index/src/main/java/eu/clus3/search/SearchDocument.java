package eu.clus3.search;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One searchable thing, as the caller describes it: the index knows nothing of what a "topic" or a
 * "cluster" is, only these typed fields.
 *
 * @param id         unique key; writing a document with an existing id replaces it
 * @param type       what kind of thing this is ("topic", "post", "person", a module's type...), the {@code in:} filter
 * @param title      short text shown as the hit's heading and offered as a suggestion
 * @param body       plain text (render markup to text first); snippets are cut from it
 * @param language   the language the title and body are analysed in
 * @param tags       free labels, searchable with {@code tag:x}, counted in the "tag" facet, suggested
 * @param author     the author's handle, matched by {@code @handle}; may be null
 * @param date       when it was written or last changed: date sort, {@code before:}/{@code after:}; may be null
 * @param facets     further facet dimensions (e.g. cluster, region, sector, category) and their values
 * @param visibility principals allowed to see the document ("public", "user:42", "group:x"); a viewer
 *                   sees it when they hold at least one. An empty set hides the document from everyone.
 * @param link       where the caller shows the thing (e.g. a route); stored and handed back in hits and
 *                   suggestions, never searched; may be null
 */
public record SearchDocument(String id, String type, String title, String body, Language language,
                             Set<String> tags, String author, Instant date,
                             Map<String, Set<String>> facets, Set<String> visibility, String link) {

    public SearchDocument {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a document needs an id");
        }
        type = Objects.requireNonNullElse(type, "");
        title = Objects.requireNonNullElse(title, "");
        body = Objects.requireNonNullElse(body, "");
        language = Objects.requireNonNullElse(language, Language.ENGLISH);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        if (facets != null) {
            facets.forEach((dim, values) -> copy.put(dim, values == null ? Set.of() : Set.copyOf(values)));
        }
        facets = Map.copyOf(copy);
        visibility = visibility == null ? Set.of() : Set.copyOf(visibility);
    }

    /** A document without a link. */
    public SearchDocument(String id, String type, String title, String body, Language language, Set<String> tags,
                          String author, Instant date, Map<String, Set<String>> facets, Set<String> visibility) {
        this(id, type, title, body, language, tags, author, date, facets, visibility, null);
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Builds a document field by field; unset fields are empty. */
    public static final class Builder {
        private final String id;
        private String type = "";
        private String title = "";
        private String body = "";
        private Language language = Language.ENGLISH;
        private final Set<String> tags = new LinkedHashSet<>();
        private String author;
        private Instant date;
        private final Map<String, Set<String>> facets = new LinkedHashMap<>();
        private final Set<String> visibility = new LinkedHashSet<>();
        private String link;

        private Builder(String id) {
            this.id = id;
        }

        public Builder type(String type) {
            this.type = type;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder body(String body) {
            this.body = body;
            return this;
        }

        public Builder language(Language language) {
            this.language = language;
            return this;
        }

        public Builder tags(String... tags) {
            this.tags.addAll(Set.of(tags));
            return this;
        }

        public Builder author(String author) {
            this.author = author;
            return this;
        }

        public Builder date(Instant date) {
            this.date = date;
            return this;
        }

        public Builder facet(String dimension, String... values) {
            facets.computeIfAbsent(dimension, d -> new LinkedHashSet<>()).addAll(Set.of(values));
            return this;
        }

        public Builder visibleTo(String... principals) {
            visibility.addAll(Set.of(principals));
            return this;
        }

        public Builder link(String link) {
            this.link = link;
            return this;
        }

        public SearchDocument build() {
            return new SearchDocument(id, type, title, body, language, tags, author, date, facets, visibility, link);
        }
    }
}
