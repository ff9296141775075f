package eu.clus3.benchmarking.edition;

import java.util.Locale;

/** A text of an edition in English and Italian; Italian falls back to English when missing. */
public record Text(String en, String it) {

    public static Text of(String en, String it) {
        return new Text(en, it);
    }

    public String in(Locale locale) {
        if (locale != null && "it".equals(locale.getLanguage()) && it != null && !it.isBlank()) {
            return it;
        }
        return en;
    }
}
