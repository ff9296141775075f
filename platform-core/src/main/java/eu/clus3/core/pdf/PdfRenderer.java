package eu.clus3.core.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns an XHTML page (CSS 2.1 with paged media: {@code @page} size, margins and page-margin boxes such as
 * {@code counter(page)}; inline SVG, see {@link SvgDrawing}) into a PDF.
 *
 * <p>Text is set in the PDF standard fonts — {@code sans-serif} (Helvetica), {@code serif} (Times),
 * {@code monospace} (Courier), regular and bold, which cover every Western European letter (WinAnsi) — and
 * falls back, character by character, to Liberation Sans (embedded, only the characters used; it comes
 * inside PDFBox's own jar) for Greek, Cyrillic, Hebrew and more. Characters no font has are drawn as
 * {@code #}. No system font is read ({@link NoSystemFonts}), so a server without fonts renders the same PDF.
 *
 * <p>Nothing outside the document is loaded: links to style sheets, images or fonts by address are
 * ignored; {@code data:} addresses work. The XHTML is parsed without DTDs or external entities.
 * Thread-safe; one rendering uses one thread.
 */
public final class PdfRenderer {

    /** The largest document accepted, in characters. */
    public static final int MAX_CHARS = 4_000_000;

    private static final Logger LOG = Logger.getLogger(PdfRenderer.class.getName());
    /**
     * PDFBox warns on every rendering that the standard font Symbol is not on the machine: true and harmless
     * (it is never embedded nor drawn here). Held strongly, or the level would be lost with the logger.
     */
    private static final Logger PDFBOX_FONTS = Logger.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font");

    static {
        org.apache.pdfbox.pdmodel.font.FontMappers.set(new NoSystemFonts());
        PDFBOX_FONTS.setLevel(Level.SEVERE);
        // openhtmltopdf says "Prepare to fly" and more at INFO on every rendering; its warnings still show
        for (String logger : com.openhtmltopdf.util.XRLog.listRegisteredLoggers()) {
            com.openhtmltopdf.util.XRLog.setLevel(logger, Level.WARNING);
        }
    }

    static final String FALLBACK_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    /**
     * @param xhtml a well-formed XHTML document (numeric character references only: {@code &#160;}, not {@code &nbsp;})
     * @return the PDF
     * @throws IllegalArgumentException when the document is not well-formed (with line and column) or too large
     */
    public byte[] render(String xhtml) {
        if (xhtml == null || xhtml.isBlank()) {
            throw new IllegalArgumentException("No document to render");
        }
        if (xhtml.length() > MAX_CHARS) {
            throw new IllegalArgumentException("The document has " + xhtml.length() + " characters; at most " + MAX_CHARS);
        }
        Document document = parse(xhtml);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withW3cDocument(document, null);
        builder.useDefaultPageSize(210, 297, BaseRendererBuilder.PageSizeUnits.MM);
        builder.useSVGDrawer(new SvgDrawing());
        builder.useFont(() -> open(FALLBACK_FONT), "Liberation Sans", 400, BaseRendererBuilder.FontStyle.NORMAL, true,
                EnumSet.of(BaseRendererBuilder.FSFontUseCase.DOCUMENT, BaseRendererBuilder.FSFontUseCase.FALLBACK_FINAL));
        for (ExternalResourceControlPriority when : ExternalResourceControlPriority.values()) {
            builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"), when);
        }
        builder.withProducer("Clus3");
        builder.withDiagnosticConsumer(d -> {
            if (LOG.isLoggable(Level.FINE)) {
                LOG.fine(d.getFormattedMessage());
            }
        });
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new IllegalStateException("The PDF could not be written", e);
        }
        return out.toByteArray();
    }

    private static InputStream open(String resource) {
        InputStream in = PdfRenderer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("PDFBox's fallback font " + resource + " is missing");
        }
        return in;
    }

    /** Parsed here rather than by openhtmltopdf: no DTD, no external entity, and faults say where they are. */
    static Document parse(String xhtml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setValidating(false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // fatal errors throw, nothing printed
            b.setEntityResolver((publicId, systemId) -> new org.xml.sax.InputSource(new StringReader("")));
            return b.parse(new org.xml.sax.InputSource(new StringReader(xhtml)));
        } catch (SAXParseException e) {
            throw new IllegalArgumentException("The document is not well-formed XHTML (line " + e.getLineNumber()
                    + ", column " + e.getColumnNumber() + "): " + e.getMessage(), e);
        } catch (SAXException e) {
            throw new IllegalArgumentException("The document is not well-formed XHTML: " + e.getMessage(), e);
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException("The XML parser cannot be set up", e);
        }
    }
}
