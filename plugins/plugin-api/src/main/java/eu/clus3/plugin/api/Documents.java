package eu.clus3.plugin.api;

/**
 * Printable documents the platform makes for a module (certificates, reports), so that no module bundles a
 * PDF library of its own. Not to be confused with the JSON documents of {@link ModuleStore}.
 *
 * <p>A module writes its document as XHTML — CSS 2.1 with paged media ({@code @page { size: A4; margin: 15mm;
 * @bottom-center { content: counter(page) " / " counter(pages) } }}), tables, page breaks — and draws pictures as
 * inline SVG (basic shapes, paths and text with presentation attributes; no images by address, gradients,
 * CSS classes inside SVG or scripts). Fonts: {@code sans-serif}, {@code serif}, {@code monospace}, regular
 * and bold; every Western European letter is covered, other scripts mostly (Greek, Cyrillic, Hebrew),
 * characters no font has (emoji) are drawn as {@code #}. Nothing is loaded from outside the document
 * ({@code data:} addresses excepted). Put text people typed through {@link #escape(String)}.
 *
 * @since 1.3.0
 */
public interface Documents {

    /**
     * Renders a well-formed XHTML document (with numeric character references only, e.g. {@code &#160;}) as a
     * PDF (A4 unless its {@code @page} says otherwise).
     *
     * @return the PDF file's bytes
     * @throws IllegalArgumentException when the document is not well-formed XHTML (the message says where) or
     *                                  larger than 4 million characters
     * @throws UnsupportedOperationException from {@link #NONE}, what a {@code ModuleContext} written before 1.3.0 offers
     */
    byte[] pdf(String xhtml);

    /**
     * Text made safe to put into XHTML, as element content or inside a quoted attribute: {@code & < > " '}
     * escaped, and characters XML does not allow (control characters, unpaired surrogates) left out.
     * {@code null} becomes the empty string.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
                    if (allowed) {
                        out.appendCodePoint(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** What a {@code ModuleContext} written before 1.3.0 (e.g. a module's test context) offers: nothing. */
    Documents NONE = xhtml -> {
        throw new UnsupportedOperationException("This platform makes no PDF documents (plugin API 1.3.0 does)");
    };
}
