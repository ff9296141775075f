package eu.clus3.benchmarking.report;

import eu.clus3.benchmarking.assessment.AnswerChange;
import eu.clus3.benchmarking.assessment.Benchmarking;
import eu.clus3.benchmarking.assessment.Benchmarkings;
import eu.clus3.benchmarking.assessment.SuccessStory;
import eu.clus3.benchmarking.assessment.TestAnswers;
import eu.clus3.benchmarking.edition.Edition;
import eu.clus3.benchmarking.BenchmarkingPlugin;
import eu.clus3.plugin.testkit.TestModuleContext;
import eu.clus3.plugin.api.ModuleUser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static eu.clus3.plugin.testkit.TestModuleContext.assessor;
import static eu.clus3.plugin.testkit.TestModuleContext.manager;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report as a PDF, made with the platform's own renderer (what {@code ModuleContext.documents()} gives
 * modules) and read back with PDFBox's text extraction.
 */
class ReportPdfTest {

    private static final long CLUSTER = 1;
    private final TestModuleContext context = new TestModuleContext("benchmarking", BenchmarkingPlugin.class)
            .cluster(CLUSTER, "ditenave", "Distretto Tecnologico Navale e Nautico", "MARITIME_TECHNOLOGIES", "IT");
    private final BenchmarkingPlugin module = new BenchmarkingPlugin(context);
    private final Benchmarkings benchmarkings = module.benchmarkings();
    private final Reports reports = module.reports();
    private final Edition edition = module.editions().shipped();
    private final ModuleUser staff = assessor(99);

    ReportPdfTest() {
        // five peers in the same country but another portfolio: "same country" and "all" have figures,
        // "same portfolio" and the excellence group have not enough peers
        for (long peer = 2; peer <= 6; peer++) {
            context.cluster(peer, "ICT", "IT");
        }
    }

    private Benchmarking completed(long cluster, int level, List<SuccessStory> stories, String recommendations) {
        context.actAs(manager(cluster * 10, cluster));
        Benchmarking b = benchmarkings.start(cluster);
        b = benchmarkings.saveAnswers(b.key(), b.version(), TestAnswers.atLevel(edition, level, false));
        if (!stories.isEmpty()) {
            b = benchmarkings.saveStories(b.key(), b.version(), stories);
        }
        b = benchmarkings.submit(b.key(), b.version());
        context.actAs(staff);
        b = benchmarkings.startReview(b.key(), b.version());
        return benchmarkings.complete(b.key(), b.version(), recommendations);
    }

    private byte[] pdf(Benchmarking b, Locale locale) {
        context.actAs(staff);
        Report report = reports.report(b.key(), locale);
        return context.documents().pdf(ReportPdf.xhtml(report, locale, (k, args) -> context.message(locale, k, args)));
    }

    /** -Dclus3.pdf.out=<folder> keeps the PDF to look at (e.g. pdftoppm -png). */
    private static void keep(byte[] pdf, String name) throws IOException {
        String folder = System.getProperty("clus3.pdf.out");
        if (folder != null) {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of(folder));
            java.nio.file.Files.write(java.nio.file.Path.of(folder, name), pdf);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return d.getNumberOfPages();
        }
    }

    private void peers() {
        for (long peer = 2; peer <= 6; peer++) {
            completed(peer, (int) (peer % 4) + 1, List.of(), "Peer " + peer);
        }
    }

    @Test
    void theItalianReportHoldsTheClusterItsIndicatorsPeerAveragesRecommendationsAndPageNumbers() throws IOException {
        peers();
        Benchmarking b = completed(CLUSTER, 3, List.of(new SuccessStory("Progetto comune", "Tre PMI hanno lavorato insieme.")),
                "Rafforzare la comunicazione <script>alert('x')</script> & \"coinvolgere\" le università.");

        byte[] pdf = pdf(b, Locale.ITALIAN);
        keep(pdf, "report-it.pdf");

        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text = text(pdf);
        int pages = pages(pdf);
        assertThat(pages).isBetween(3, 12);
        assertThat(text).contains("Rapporto di benchmarking: Distretto Tecnologico Navale e Nautico")
                .contains("Maturità della gestione del cluster")            // indicator 2.1 in Italian, with its accent
                .contains("Gestione e governance del cluster")
                .contains("Rafforzare la comunicazione <script>alert('x')</script> & \"coinvolgere\" le università.")
                .contains("Progetto comune", "Tre PMI hanno lavorato insieme.")
                .contains("pari insufficienti")                              // same portfolio, excellence group
                .contains("media di 5 cluster")                              // same country, all clusters
                .contains("Stesso paese", "Gruppo di eccellenza")
                .contains("Punteggio complessivo")
                .contains("Pagina 1 di " + pages, "Pagina " + pages + " di " + pages)
                .doesNotContain("!pdf.", "!report.");
        // the charts are drawn, with their labels as text
        assertThat(text).contains("Questo cluster");
    }

    @Test
    void theEnglishReportSaysNotEnoughPeersWhenThereAreNone() throws IOException {
        Benchmarking b = completed(CLUSTER, 2, List.of(), "Keep going");

        String text = text(pdf(b, Locale.ENGLISH));

        assertThat(text).contains("Benchmarking report: Distretto Tecnologico Navale e Nautico", "Committed members",
                "not enough peers", "Keep going", "Page 1 of").doesNotContain("average of");
    }

    @Test
    void whateverPeopleTypeTheReportIsAValidPdf() throws IOException {
        String naughty = "<b>bold?</b> </p></body></html> <![CDATA[ ]]> &amp; &nbsp; & < > \" ' "
                + "😀👍🏽 emoji · العربية RTL · עברית · \u202Ereversed\u202C · \u0000\u0001\u0007\u001B control · \uFFFE\uD800 "
                + "Zalgo: Z̴̡̪͚a̶l̷g̵o̸ · ${jndi:ldap://x} · %s%n · " + "x".repeat(300) + " ";
        String tenThousand = (naughty + "lorem ipsum ").repeat(40).substring(0, 10_000);
        peers();
        Benchmarking b = completed(CLUSTER, 1, List.of(new SuccessStory(naughty.substring(0, 199), tenThousand),
                new SuccessStory("</h3><h1>", "<svg onload=alert(1)>"), new SuccessStory("ok", "ok")), tenThousand);
        context.actAs(staff);
        var change = new AnswerChange("1.1", false, null, null, null, naughty);
        b = benchmarkings.reopen(b.key(), b.version(), "notes");
        b = benchmarkings.saveAnswers(b.key(), b.version(), List.of(change));
        b = benchmarkings.complete(b.key(), b.version(), tenThousand);

        for (Locale locale : List.of(Locale.ENGLISH, Locale.ITALIAN)) {
            byte[] pdf = pdf(b, locale);
            keep(pdf, "naughty-" + locale.getLanguage() + ".pdf");
            String text = text(pdf);
            assertThat(pages(pdf)).isGreaterThan(3);
            assertThat(text).contains("<b>bold?</b>", "<svg onload=alert(1)>", "${jndi:ldap://x}", "lorem ipsum");
        }
    }

    @Test
    void pageNumbersFollowTheMessagePattern() {
        assertThat(ReportPdf.pageCounter("Pagina {0} di {1}")).isEqualTo("\"Pagina \" counter(page) \" di \" counter(pages)");
        assertThat(ReportPdf.pageCounter("{0}/{1}")).isEqualTo("counter(page) \"/\" counter(pages)");
        assertThat(ReportPdf.css("a\"b\\c\nd")).isEqualTo("\"a\\\"b\\\\c d\"");
    }
}
