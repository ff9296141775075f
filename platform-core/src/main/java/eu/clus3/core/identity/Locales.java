package eu.clus3.core.identity;

import java.util.List;
import java.util.Locale;

/** The languages the platform speaks; adding one is adding its message bundles and a line here. */
public final class Locales {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.ITALIAN);

    private Locales() {
    }

    public static boolean isSupported(String tag) {
        return tag != null && SUPPORTED.stream().anyMatch(l -> l.toLanguageTag().equals(tag));
    }

    public static Locale forTag(String tag) {
        return SUPPORTED.stream().filter(l -> l.toLanguageTag().equals(tag)).findFirst().orElse(Locale.ENGLISH);
    }

    /** The first supported language of a client's list, best first (e.g. {@code Accept-Language}), else English. */
    public static Locale bestOf(List<Locale> wanted) {
        return wanted.stream().flatMap(w -> SUPPORTED.stream().filter(l -> l.getLanguage().equals(w.getLanguage())))
                .findFirst().orElse(Locale.ENGLISH);
    }

    /**
     * The language of an API answer: {@code lang} when the platform speaks it, else the first language of the
     * request's {@code Accept-Language} it speaks, else English.
     */
    public static Locale requested(String lang, List<Locale> accepted) {
        if (lang != null && isSupported(lang.trim())) {
            return forTag(lang.trim());
        }
        return bestOf(accepted == null ? List.of() : accepted);
    }
}
