package eu.clus3.core.forum;

import eu.clus3.core.identity.Locales;
import eu.clus3.core.shared.Validator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The limits on what people type into the forum. Text is stored verbatim (no "cleaning" that changes what
 * someone wrote) except for trimming; what cannot be stored or shown faithfully is refused with a field error.
 */
final class ForumInput {

    static final int TITLE_MAX = 200;
    static final int BODY_MAX = 50_000;
    static final int TAG_MAX = 30;
    static final int TAGS_PER_TOPIC = 5;
    static final int REASON_MAX = 500;

    /** Control characters other than tab and line breaks: invisible, and PostgreSQL refuses NUL. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");
    private static final Pattern TAG = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N} ._+#-]*$");
    private static final Pattern INDICATOR = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$");

    private ForumInput() {
    }

    static Validator title(Validator v, String title) {
        String t = title == null ? null : title.trim();
        return v.required("title", t).maxLength("title", t, TITLE_MAX)
                .check(t == null || t.isEmpty() || !hasControl(t) && !t.contains("\n") && !t.contains("\r"),
                        "title", "validation.controlCharacters",
                        "title must be one line of text without control characters");
    }

    static Validator body(Validator v, String body) {
        return v.required("body", body).maxLength("body", body, BODY_MAX)
                .check(body == null || !hasControl(body), "body", "validation.controlCharacters",
                        "body must not contain control characters");
    }

    static Validator reason(Validator v, String reason, boolean required) {
        String r = reason == null ? null : reason.trim();
        if (required) {
            v.required("reason", r);
        }
        return v.maxLength("reason", r, REASON_MAX)
                .check(r == null || !hasControl(r), "reason", "validation.controlCharacters",
                        "reason must not contain control characters");
    }

    /** The tags as stored: trimmed, inner spaces collapsed, lower case, without repeats; problems go to {@code v}. */
    static List<String> tags(Validator v, List<String> tags) {
        Set<String> clean = new LinkedHashSet<>();
        if (tags != null) {
            for (String raw : tags) {
                String t = raw == null ? "" : raw.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
                if (t.isEmpty()) {
                    continue;
                }
                if (t.length() > TAG_MAX) {
                    v.check(false, "tags", "validation.tagTooLong", "a tag must be at most " + TAG_MAX + " characters");
                } else if (!TAG.matcher(t).matches()) {
                    v.check(false, "tags", "validation.tag",
                            "a tag starts with a letter or digit and holds only letters, digits, spaces and . _ + # -");
                } else {
                    clean.add(t);
                }
            }
        }
        v.check(clean.size() <= TAGS_PER_TOPIC, "tags", "validation.tooManyTags",
                "at most " + TAGS_PER_TOPIC + " tags");
        return new ArrayList<>(clean);
    }

    static Validator language(Validator v, String language) {
        return v.check(language == null || Locales.isSupported(language), "language", "validation.language",
                "language must be one of " + Locales.SUPPORTED.stream().map(Locale::toLanguageTag).toList());
    }

    static Validator indicatorRef(Validator v, String ref) {
        return v.check(ref == null || ref.isBlank() || INDICATOR.matcher(ref.trim()).matches(), "indicatorRef",
                "validation.indicatorRef", "an indicator reference holds letters, digits and . _ : - (at most 100)");
    }

    static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Control characters, or a lone half of a surrogate pair (not storable in UTF-8: it would come back as "?"). */
    private static boolean hasControl(String s) {
        if (CONTROL.matcher(s).find()) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
