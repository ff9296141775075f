package eu.clus3.plugin.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A top-level property of a collection's documents that queries select and sort by, through the database's indexes
 * ({@link DocumentCollection#index}, {@link DocumentQuery#where}). The platform copies the property's value out of
 * every document it stores into an indexed column of the right kind: an event's {@code startsAt}, an application's
 * {@code status}, a course's {@code seats}.
 *
 * @param name the property's name in the documents' JSON: letters, digits and '_', at most 64 characters
 * @param kind how its value is compared: as text (at most 200 characters), as a number, or as an instant
 *             (ISO-8601 text: {@code 2026-12-07T10:00:00Z}, or a date {@code 2026-12-07}, taken as its start in UTC)
 * @since 1.4.0
 */
public record DocumentField(String name, Kind kind) {

    /** How a field's values compare. */
    public enum Kind { TEXT, NUMBER, INSTANT }

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    public DocumentField {
        Objects.requireNonNull(kind, "kind");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A document field is a top-level property name: letters, digits and '_',"
                    + " at most 64: " + name);
        }
    }

    public static DocumentField text(String name) {
        return new DocumentField(name, Kind.TEXT);
    }

    public static DocumentField number(String name) {
        return new DocumentField(name, Kind.NUMBER);
    }

    public static DocumentField instant(String name) {
        return new DocumentField(name, Kind.INSTANT);
    }
}
