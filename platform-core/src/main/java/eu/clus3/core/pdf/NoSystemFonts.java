package eu.clus3.core.pdf;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * PDFBox's font mapper without the machine's fonts. PDFBox looks for a system font to stand in for every
 * standard font it meets (to draw it on screen, which we never do): by default it scans the machine's font
 * folders once and writes the list to {@code ~/.pdfbox.cache}. Here every such request gets Liberation Sans
 * from PDFBox's own jar, so rendering reads no system font and writes nothing to the server's home folder.
 */
final class NoSystemFonts implements FontMapper {

    private volatile TrueTypeFont liberation;

    private TrueTypeFont liberation() {
        TrueTypeFont font = liberation;
        if (font == null) {
            synchronized (this) {
                font = liberation;
                if (font == null) {
                    try (InputStream in = NoSystemFonts.class.getResourceAsStream(PdfRenderer.FALLBACK_FONT)) {
                        if (in == null) {
                            throw new IllegalStateException("PDFBox's font " + PdfRenderer.FALLBACK_FONT + " is missing");
                        }
                        font = new TTFParser().parse(new RandomAccessReadBuffer(in));
                        liberation = font;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return font;
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(liberation(), true);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(liberation(), true);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, liberation(), true);
    }
}
