package eu.clus3.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The search box's query language, read leniently: whatever the user types is a valid query.
 *
 * <ul>
 *   <li>{@code words} must all match (in any language field; a word may be stemmed)</li>
 *   <li>{@code "a quoted phrase"} must match as a phrase</li>
 *   <li>{@code -word}, {@code -"a phrase"}, {@code -in:post}, {@code -tag:x}: must not match</li>
 *   <li>{@code in:type} only documents of that type (several {@code in:} widen the choice)</li>
 *   <li>{@code dimension:value} or {@code dimension:"two words"} for a known facet dimension (and
 *       {@code type:}, {@code language:}); values of one dimension widen, dimensions narrow</li>
 *   <li>{@code tag:x} documents with that tag (several tags narrow)</li>
 *   <li>{@code @handle} documents by that author (several widen)</li>
 *   <li>{@code before:2024-05-01}, {@code after:2024-05} (also a bare year): before the day starts,
 *       on or after it (UTC)</li>
 * </ul>
 * Anything malformed (an unknown {@code key:}, an empty value, a bad date, an unbalanced quote, a lone
 * {@code -}) is read as plain words. Input beyond {@link #MAX_LENGTH} characters or {@link #MAX_TERMS}
 * terms is ignored, so a pasted novel cannot make a query expensive.
 */
public final class UserQuery {

    public static final int MAX_LENGTH = 1000;
    public static final int MAX_TERMS = 32;

    /** A filter on a field: {@code in:}, {@code tag:}, a facet dimension, {@code @author}. */
    public record Filter(Kind kind, String dimension, String value, boolean excluded) {
        public enum Kind { TYPE, TAG, AUTHOR, LANGUAGE, FACET }
    }

    /** A word or phrase, with where it stood in the text (for "did you mean"). */
    public record Term(String text, boolean phrase, boolean excluded, int start, int end) { }

    private static final Pattern KEY = Pattern.compile("[\\p{L}\\p{N}_-]+");

    private final String text;
    private final List<Term> terms;
    private final List<Filter> filters;
    private final Instant before;
    private final Instant after;

    private UserQuery(String text, List<Term> terms, List<Filter> filters, Instant before, Instant after) {
        this.text = text;
        this.terms = List.copyOf(terms);
        this.filters = List.copyOf(filters);
        this.before = before;
        this.after = after;
    }

    /** Reads a query; {@code dimensions} are the facet dimensions that {@code key:value} may filter on. */
    public static UserQuery parse(String input, Collection<String> dimensions) {
        String text = input == null ? "" : input;
        if (text.length() > MAX_LENGTH) {
            int cut = MAX_LENGTH;
            if (Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--;
            }
            text = text.substring(0, cut);
        }
        return new Reader(text, Set.copyOf(dimensions)).read();
    }

    public String text() {
        return text;
    }

    /** Words and phrases, in the order typed. */
    public List<Term> terms() {
        return terms;
    }

    public List<Filter> filters() {
        return filters;
    }

    public Optional<Instant> before() {
        return Optional.ofNullable(before);
    }

    public Optional<Instant> after() {
        return Optional.ofNullable(after);
    }

    /** True when nothing asks for particular words: the query lists every document its filters allow. */
    public boolean matchesAll() {
        return terms.stream().noneMatch(t -> !t.excluded());
    }

    /** The text with the term at {@code index} replaced by {@code replacement}. */
    String replacing(int index, String replacement) {
        Term term = terms.get(index);
        return text.substring(0, term.start()) + replacement + text.substring(term.end());
    }

    @Override
    public String toString() {
        return "UserQuery" + terms + filters + (before == null ? "" : " before " + before)
                + (after == null ? "" : " after " + after);
    }

    /** A hand-written scanner: no grammar, no exceptions, every character has a reading. */
    private static final class Reader {
        private final String text;
        private final Set<String> dimensions;
        private final List<Term> terms = new ArrayList<>();
        private final List<Filter> filters = new ArrayList<>();
        private Instant before;
        private Instant after;
        private int pos;

        Reader(String text, Set<String> dimensions) {
            this.text = text;
            this.dimensions = dimensions;
        }

        UserQuery read() {
            while (pos < text.length() && terms.size() + filters.size() < MAX_TERMS) {
                if (Character.isWhitespace(text.charAt(pos))) {
                    pos++;
                    continue;
                }
                readOne();
            }
            return new UserQuery(text, terms, filters, before, after);
        }

        private void readOne() {
            int start = pos;
            boolean excluded = false;
            if (text.charAt(pos) == '-' && pos + 1 < text.length() && !Character.isWhitespace(text.charAt(pos + 1))) {
                excluded = true;
                pos++;
            }
            if (text.charAt(pos) == '"') {
                int close = text.indexOf('"', pos + 1);
                if (close > pos) {
                    String phrase = text.substring(pos + 1, close);
                    if (!phrase.isBlank()) {
                        terms.add(new Term(phrase.strip(), true, excluded, start, close + 1));
                    }
                    pos = close + 1;
                    return;
                }
                // an unbalanced quote: drop it and read on as words
                pos++;
                return;
            }
            int end = tokenEnd(pos);
            String token = text.substring(pos, end);
            if (token.startsWith("@") && token.length() > 1) {
                filters.add(new Filter(Filter.Kind.AUTHOR, Schema.DIM_AUTHOR, token.substring(1), excluded));
                pos = end;
                return;
            }
            int colon = token.indexOf(':');
            if (colon > 0 && KEY.matcher(token.substring(0, colon)).matches() && readField(token, colon, excluded, start)) {
                return;
            }
            pos = end;
            addWords(token, excluded, start, end);
        }

        /** Reads {@code key:value} (value possibly quoted); false if it is not a filter after all. */
        private boolean readField(String token, int colon, boolean excluded, int start) {
            String key = token.substring(0, colon).toLowerCase(Locale.ROOT);
            int valueStart = pos + colon + 1;
            String value;
            int end;
            if (valueStart < text.length() && text.charAt(valueStart) == '"') {
                int close = text.indexOf('"', valueStart + 1);
                if (close < 0) {
                    return false;
                }
                value = text.substring(valueStart + 1, close).strip();
                end = close + 1;
            } else {
                end = tokenEnd(valueStart);
                value = text.substring(valueStart, end);
            }
            if (value.isEmpty()) {
                return false;
            }
            boolean accepted = switch (key) {
                case "in", "type" -> add(Filter.Kind.TYPE, Schema.DIM_TYPE, value, excluded);
                case "tag" -> add(Filter.Kind.TAG, Schema.DIM_TAG, value, excluded);
                case "language", "lang" -> add(Filter.Kind.LANGUAGE, Schema.DIM_LANGUAGE, value, excluded);
                case "author", "by" -> add(Filter.Kind.AUTHOR, Schema.DIM_AUTHOR, value.replaceFirst("^@", ""), excluded);
                case "before" -> !excluded && (before = date(value)) != null;
                case "after" -> !excluded && (after = date(value)) != null;
                default -> dimensions.contains(key) && add(Filter.Kind.FACET, key, value, excluded);
            };
            if (accepted) {
                pos = end;
            }
            return accepted;
        }

        private boolean add(Filter.Kind kind, String dimension, String value, boolean excluded) {
            if (value.isBlank()) {
                return false;
            }
            filters.add(new Filter(kind, dimension, value, excluded));
            return true;
        }

        /** A plain token: split on colons, so that "foo:bar" searches foo and bar, each on its own. */
        private void addWords(String token, boolean excluded, int start, int end) {
            int offset = end - token.length();
            int partStart = 0;
            for (int i = 0; i <= token.length(); i++) {
                if (i == token.length() || token.charAt(i) == ':' || token.charAt(i) == '"') {
                    String part = token.substring(partStart, i);
                    if (!part.isBlank() && !part.equals("-") && terms.size() + filters.size() < MAX_TERMS) {
                        int from = partStart == 0 ? start : offset + partStart;
                        terms.add(new Term(part, false, excluded, from, offset + i));
                    }
                    partStart = i + 1;
                }
            }
        }

        /** The end of a whitespace-delimited token; a quote ends it too (it starts a phrase). */
        private int tokenEnd(int from) {
            int i = from;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && (i == from || text.charAt(i) != '"')) {
                i++;
            }
            return i;
        }

        private static Instant date(String value) {
            try {
                if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
                }
                if (value.matches("\\d{4}-\\d{2}")) {
                    return YearMonth.parse(value).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
                }
                if (value.matches("\\d{4}")) {
                    return LocalDate.of(Integer.parseInt(value), 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
                }
            } catch (DateTimeException | NumberFormatException e) {
                return null;
            }
            return null;
        }
    }
}
