package eu.clus3.core.shared;

/** A page of a list: zero-based page number and page size, parsed from untrusted text. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;

    public static PageRequest parse(String page, String size, int defaultSize) {
        Validator v = new Validator();
        int p = parseInt(page, 0, "page", v);
        int s = parseInt(size, defaultSize, "size", v);
        v.range("page", p, 0, 1_000_000).range("size", s, 1, MAX_SIZE).throwIfInvalid();
        return new PageRequest(p, s);
    }

    private static int parseInt(String text, int fallback, String field, Validator v) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            v.check(false, field, "validation.number", field + " must be a whole number");
            return fallback;
        }
    }

    public int offset() {
        return page * size;
    }
}
