package eu.clus3.benchmarking.report;

import eu.clus3.benchmarking.assessment.AnswerChange;
import eu.clus3.benchmarking.assessment.Benchmarking;
import eu.clus3.benchmarking.assessment.Benchmarkings;
import eu.clus3.benchmarking.assessment.SuccessStory;
import eu.clus3.benchmarking.assessment.TestAnswers;
import eu.clus3.benchmarking.edition.Edition;
import eu.clus3.benchmarking.BenchmarkingPlugin;
import eu.clus3.plugin.testkit.TestModuleContext;
import eu.clus3.core.pdf.PdfRenderer;
import org.apache.pdfbox.Loader;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * How long the platform's renderer takes to make a full benchmarking report PDF (36 indicators with answers and
 * assessor notes, peer averages, three stories, 4 000 characters of recommendations, Italian), beside a
 * one-paragraph PDF from the same renderer in the same run (the fixed cost of any PDF). A plain main, not a
 * test: see docs/benchmarks.md for the command. Arguments: {@code warmup=10 runs=50}.
 */
public final class ReportPdfBenchmark {

    private static final PdfRenderer PDF = new PdfRenderer();

    public static void main(String[] args) throws Exception {
        Map<String, String> a = Arrays.stream(args).map(s -> s.split("=", 2))
                .collect(Collectors.toMap(kv -> kv[0], kv -> kv.length > 1 ? kv[1] : ""));
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "10"));
        int runs = Integer.parseInt(a.getOrDefault("runs", "50"));

        TestModuleContext context = new TestModuleContext("benchmarking", BenchmarkingPlugin.class)
                .cluster(1, "ditenave", "Distretto Tecnologico Navale e Nautico", "MARITIME_TECHNOLOGIES", "IT");
        BenchmarkingPlugin module = new BenchmarkingPlugin(context);
        Benchmarkings benchmarkings = module.benchmarkings();
        Reports reports = module.reports();
        Edition edition = module.editions().shipped();
        for (long peer = 2; peer <= 7; peer++) {
            context.cluster(peer, "MARITIME_TECHNOLOGIES", "IT");
            completed(context, benchmarkings, edition, peer, (int) (peer % 4) + 1, List.of(), "Peer " + peer, false);
        }
        String recommendations = ("Rafforzare la comunicazione con i membri e documentare il processo strategico. ").repeat(60);
        Benchmarking b = completed(context, benchmarkings, edition, 1, 3, List.of(
                new SuccessStory("Sensori per scafi", "Tre membri hanno sviluppato insieme un sensore. ".repeat(20)),
                new SuccessStory("Formazione comune", "Un corso per quaranta tecnici. ".repeat(20)),
                new SuccessStory("Missione in Norvegia", "Sei PMI hanno incontrato cantieri norvegesi. ".repeat(20))),
                recommendations.substring(0, 4000), true);
        context.actAs(TestModuleContext.assessor(99));
        Report report = reports.report(b.key(), Locale.ITALIAN);
        Supplier<String> full = () -> ReportPdf.xhtml(report, Locale.ITALIAN, (k, v) -> context.message(Locale.ITALIAN, k, v));
        String minimal = "<html><body><p>Una pagina.</p></body></html>";

        byte[] sample = PDF.render(full.get());
        int pages;
        try (var d = Loader.loadPDF(sample)) {
            pages = d.getNumberOfPages();
        }
        System.out.printf(Locale.ROOT, "full report: %d pages, %,d bytes, XHTML %,d characters%n", pages, sample.length,
                full.get().length());
        for (int i = 0; i < warmup; i++) {
            PDF.render(full.get());
            PDF.render(minimal);
        }
        long[] fullNs = new long[runs];
        long[] minimalNs = new long[runs];
        long[] xhtmlNs = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            String xhtml = full.get();
            long t1 = System.nanoTime();
            PDF.render(xhtml);
            long t2 = System.nanoTime();
            PDF.render(minimal);
            long t3 = System.nanoTime();
            xhtmlNs[i] = t1 - t0;
            fullNs[i] = t2 - t0;
            minimalNs[i] = t3 - t2;
        }
        print("full report (XHTML + PDF)", fullNs);
        print("  of which writing the XHTML", xhtmlNs);
        print("one-paragraph PDF (baseline)", minimalNs);
        System.out.printf(Locale.ROOT, "ratio full / baseline at p50: %.1f%n", median(fullNs) / median(minimalNs));
    }

    static Benchmarking completed(TestModuleContext context, Benchmarkings benchmarkings, Edition edition, long cluster,
                                          int level, List<SuccessStory> stories, String recommendations, boolean notes) {
        context.actAs(TestModuleContext.manager(cluster * 10, cluster));
        Benchmarking b = benchmarkings.start(cluster);
        b = benchmarkings.saveAnswers(b.key(), b.version(), TestAnswers.atLevel(edition, level, false));
        if (!stories.isEmpty()) {
            b = benchmarkings.saveStories(b.key(), b.version(), stories);
        }
        b = benchmarkings.submit(b.key(), b.version());
        context.actAs(TestModuleContext.assessor(99));
        b = benchmarkings.startReview(b.key(), b.version());
        if (notes) {
            List<AnswerChange> withNotes = edition.indicators().stream()
                    .map(i -> new AnswerChange(i.id(), false, null, null, null, "Verificato durante il colloquio con il manager."))
                    .toList();
            b = benchmarkings.saveAnswers(b.key(), b.version(), withNotes);
        }
        return benchmarkings.complete(b.key(), b.version(), recommendations);
    }

    static double median(long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }

    static void print(String what, long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        System.out.printf(Locale.ROOT, "%-30s p50 %7.1f ms  p90 %7.1f ms  max %7.1f ms  (n=%d)%n", what,
                s[s.length / 2] / 1e6, s[(int) (s.length * 0.9)] / 1e6, s[s.length - 1] / 1e6, s.length);
    }
}
