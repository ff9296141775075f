package eu.clus3.search;

import java.util.Locale;

/** The languages the index analyses: each document in its own, every query in all of them. */
public enum Language {
    ENGLISH("en"),
    ITALIAN("it");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code, as stored in the index and shown in the "language" facet. */
    public String code() {
        return code;
    }

    /** The language of an ISO 639-1 code ("it", "it-IT"); anything unknown is read as English. */
    public static Language ofCode(String code) {
        if (code != null && code.toLowerCase(Locale.ROOT).startsWith("it")) {
            return ITALIAN;
        }
        return ENGLISH;
    }
}
