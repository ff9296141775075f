package eu.clus3.core.modules;

import eu.clus3.core.forum.TestImages;
import eu.clus3.plugin.api.RefusedFileException;
import eu.clus3.plugin.api.RefusedFileException.Reason;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static eu.clus3.core.modules.ModuleFileTypes.detect;
import static org.assertj.core.api.Assertions.assertThat;

/** Module files are recognised by their bytes: the name and the declared type never decide. */
class ModuleFileTypesTest {

    private static final long MAX = 10L << 20;

    @Test
    void accepted_documents_are_recognised_by_their_content_whatever_their_name() {
        assertThat(detect(TestFiles.pdf(), "register.pdf", MAX)).isEqualTo("application/pdf");
        assertThat(detect(TestFiles.pdf(), "register.txt", MAX)).as("the name does not decide").isEqualTo("application/pdf");
        assertThat(detect(TestImages.png(40, 20), "chart.png", MAX)).isEqualTo("image/png");
        assertThat(detect(TestImages.encoded("jpeg", 40, 20), "photo", MAX)).isEqualTo("image/jpeg");
        assertThat(detect(TestFiles.docx(), "minutes.docx", MAX)).isEqualTo(ModuleFileTypes.DOCX);
        assertThat(detect(TestFiles.xlsx(), "members.pdf", MAX)).isEqualTo(ModuleFileTypes.XLSX);
        assertThat(detect(TestFiles.openDocument(ModuleFileTypes.ODT), "strategy.odt", MAX)).isEqualTo(ModuleFileTypes.ODT);
        assertThat(detect(TestFiles.openDocument(ModuleFileTypes.ODS), "budget.ods", MAX)).isEqualTo(ModuleFileTypes.ODS);
    }

    @Test
    void utf8_text_is_plain_text_or_csv_by_its_name_and_anything_else_is_not_text() {
        assertThat(detect(TestFiles.utf8("Soci firmatari: 42\nCittà: Trieste\n"), "notes.txt", MAX)).isEqualTo("text/plain");
        assertThat(detect(TestFiles.utf8("\uFEFFmember;category\nAcme;SME\n"), "members.CSV", MAX)).isEqualTo("text/csv");
        assertThat(detect(TestFiles.utf8("member;category\n"), "members.exe", MAX)).isEqualTo("text/plain");

        assertRefused(new byte[]{'a', 'b', 0, 'c'}, "nul.txt", Reason.TYPE_NOT_ACCEPTED);
        assertRefused(new byte[]{'a', (byte) 0xC3, (byte) 0x28, 'b'}, "latin.txt", Reason.TYPE_NOT_ACCEPTED);
    }

    @Test
    void html_svg_and_markup_are_refused_even_when_named_like_a_pdf() {
        RefusedFileException e = assertRefused(TestFiles.html(), "report.pdf", Reason.TYPE_NOT_ACCEPTED);
        assertThat(e.status()).isEqualTo(415);
        assertThat(e.getMessage()).contains("Only PDF, PNG, JPEG");
        assertRefused(TestImages.svg(), "logo.png", Reason.TYPE_NOT_ACCEPTED);
        assertRefused(TestFiles.utf8("<?xml version=\"1.0\"?><x/>"), "data.csv", Reason.TYPE_NOT_ACCEPTED);
    }

    @Test
    void executables_images_of_other_kinds_and_other_archives_are_refused() {
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[60] = (byte) 0x80;
        assertRefused(exe, "evidence.pdf", Reason.TYPE_NOT_ACCEPTED);
        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        assertRefused(elf, "run.txt", Reason.TYPE_NOT_ACCEPTED);
        assertRefused(TestImages.webp(10, 10), "pic.png", Reason.TYPE_NOT_ACCEPTED);
        Map<String, byte[]> jar = new LinkedHashMap<>();
        jar.put("META-INF/MANIFEST.MF", TestFiles.utf8("Manifest-Version: 1.0\n"));
        jar.put("Evil.class", new byte[]{(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE});
        assertThat(assertRefused(TestFiles.zip(jar), "tool.docx", Reason.TYPE_NOT_ACCEPTED).getMessage())
                .contains("not an Office or OpenDocument file");
        assertThat(assertRefused(TestFiles.openDocument("application/epub+zip"), "book.odt", Reason.TYPE_NOT_ACCEPTED)
                .getMessage()).contains("not an Office");
    }

    @Test
    void office_files_with_macros_are_refused() {
        assertThat(assertRefused(TestFiles.docxWithMacros(), "minutes.docx", Reason.TYPE_NOT_ACCEPTED).getMessage())
                .contains("macros");
    }

    @Test
    void zip_containers_are_judged_from_their_directory_without_inflating_and_with_a_cap_on_entries() {
        byte[] bomb = TestFiles.zipBomb(64);
        assertThat(bomb.length).as("packs 64 MiB into little").isLessThan(1 << 20);
        assertThat(assertRefused(bomb, "bomb.docx", Reason.TYPE_NOT_ACCEPTED).getMessage()).contains("not an Office");

        Map<String, byte[]> many = new LinkedHashMap<>();
        many.put("[Content_Types].xml", TestFiles.utf8("<Types/>"));
        many.put("word/document.xml", TestFiles.utf8("<document/>"));
        for (int i = 0; i < ModuleFileTypes.MAX_ZIP_ENTRIES; i++) {
            many.put("word/media/" + i, new byte[0]);
        }
        assertThat(assertRefused(TestFiles.zip(many), "many.docx", Reason.TYPE_NOT_ACCEPTED).getMessage())
                .contains("more than " + ModuleFileTypes.MAX_ZIP_ENTRIES + " entries");

        byte[] docx = TestFiles.docx();
        byte[] cut = Arrays.copyOf(docx, docx.length - 30);
        assertThat(assertRefused(cut, "cut.docx", Reason.TYPE_NOT_ACCEPTED).getMessage()).contains("broken");
    }

    @Test
    void empty_and_oversized_files_are_refused_with_the_limit() {
        assertRefused(new byte[0], "empty.pdf", Reason.EMPTY);
        byte[] pdf = TestFiles.pdf();
        RefusedFileException tooLarge = assertRefused(pdf, "big.pdf", Reason.TOO_LARGE, pdf.length - 1);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(ModuleFileTypes.tooLarge(10L << 20).getMessage()).isEqualTo("A file may have at most 10 MiB");
        assertThat(detect(pdf, "exact.pdf", pdf.length)).isEqualTo("application/pdf");
    }

    private static RefusedFileException assertRefused(byte[] bytes, String name, Reason reason) {
        return assertRefused(bytes, name, reason, MAX);
    }

    private static RefusedFileException assertRefused(byte[] bytes, String name, Reason reason, long max) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> detect(bytes, name, max));
        assertThat(thrown).as(name).isInstanceOf(RefusedFileException.class);
        RefusedFileException refused = (RefusedFileException) thrown;
        assertThat(refused.reason()).as(name + ": " + refused.getMessage()).isEqualTo(reason);
        return refused;
    }
}
