package eu.clus3.core.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfRendererTest {

    private final PdfRenderer renderer = new PdfRenderer();

    static String page(String body) {
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Prova</title><style>"
                + "@page{size:A4;margin:15mm;@bottom-center{content:'Pagina ' counter(page) ' di ' counter(pages);font-size:9pt}}"
                + "body{font-family:sans-serif} svg{width:100%}</style></head><body>" + body + "</body></html>";
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    static int pages(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return d.getNumberOfPages();
        }
    }

    @Test
    void anA4PageWithItalianTextPageNumbersAndTheTextOfItsSvgPicture() throws IOException {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 100\" font-family=\"sans-serif\" font-size=\"12\">"
                + "<title>not drawn</title><rect x=\"10\" y=\"10\" width=\"80\" height=\"20\" fill=\"#1676f3\"/>"
                + "<polygon fill=\"#1676f3\" fill-opacity=\"0.25\" stroke=\"#e07a00\" stroke-dasharray=\"5 3\" points=\"10,90 50,50 90,90\"/>"
                + "<g transform=\"translate(100,0)\"><text x=\"0\" y=\"25\" font-weight=\"bold\">Qualità</text>"
                + "<text x=\"90\" y=\"60\" text-anchor=\"end\">Capacità</text></g>"
                + "<path d=\"M 10 95 L 190 95 Z\" stroke=\"black\"/></svg>";

        byte[] pdf = renderer.render(page("<h1>Città più belle</h1><p>àèéìòù € – “virgolette”</p>" + svg));

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("Città più belle", "àèéìòù € – “virgolette”", "Qualità", "Capacità", "Pagina 1 di 1")
                .doesNotContain("not drawn");
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertThat(d.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            assertThat(d.getDocumentInformation().getTitle()).isEqualTo("Prova");
        }
    }

    @Test
    void longDocumentsBreakIntoNumberedPages() throws IOException {
        String rows = "<p>Riga di prova con un po' di testo.</p>".repeat(300);

        byte[] pdf = renderer.render(page(rows));

        int pages = pages(pdf);
        assertThat(pages).isGreaterThan(3);
        assertThat(text(pdf)).contains("Pagina " + pages + " di " + pages);
    }

    @Test
    void charactersBeyondTheStandardFontsFallBackOrBecomeHashesWithoutFailing() throws IOException {
        byte[] pdf = renderer.render(page("<p>Ωμέγα Привет שלום مرحبا 😀 \u202Eabc\u202C 𝔘</p>"));

        assertThat(text(pdf)).contains("Ωμέγα", "Привет");
    }

    @Test
    void aDocumentThatIsNotWellFormedIsRefusedSayingWhere() {
        assertThatThrownBy(() -> renderer.render("<html><body><p>open</body></html>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
        assertThatThrownBy(() -> renderer.render(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noExternalEntityNorFileIsRead() throws IOException {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>"
                + "<html><body><p>before &secret; after</p><img src=\"file:///etc/hostname\"/>"
                + "<link rel=\"stylesheet\" href=\"http://127.0.0.1:9/x.css\"/></body></html>";

        String text;
        try {
            text = text(renderer.render(xxe));
        } catch (IllegalArgumentException refused) {
            return; // refusing the entity is as good as ignoring it
        }
        String hostname = java.nio.file.Files.readString(java.nio.file.Path.of("/etc/hostname")).strip();
        assertThat(text).contains("before").doesNotContain(hostname);
    }

    @Test
    void theMachinesFontsAreNeverLookedFor() {
        renderer.render(page("<p>Helvetica, Times, Courier: <code>standard</code> <i>fonts</i></p>"));

        assertThat(org.apache.pdfbox.pdmodel.font.FontMappers.instance()).isInstanceOf(NoSystemFonts.class);
    }
}
