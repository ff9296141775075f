package eu.clus3.search;

/**
 * A completion offered while typing.
 *
 * @param kind  a document (its title, e.g. a topic, a cluster's or a person's name) or a tag
 * @param text  what to show and, for a tag, what to search ({@code tag:text})
 * @param id    the document's id; null for a tag
 * @param type  the document's type; "tag" for a tag
 * @param link  the document's link as written (null for a tag or a document without one)
 */
public record Suggestion(Kind kind, String text, String id, String type, String link) {

    /** A suggestion without a link. */
    public Suggestion(Kind kind, String text, String id, String type) {
        this(kind, text, id, type, null);
    }

    public enum Kind { DOCUMENT, TAG }
}
