package eu.clus3.benchmarking.report;

import eu.clus3.benchmarking.BenchmarkingPlugin;
import eu.clus3.benchmarking.assessment.Benchmarking;
import eu.clus3.benchmarking.assessment.Benchmarkings;
import eu.clus3.benchmarking.edition.Edition;
import eu.clus3.plugin.testkit.TestModuleContext;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How the report and the regional overview grow with the number of benchmarked clusters: both compare with
 * every cluster's latest completed benchmarking, read from the module's store on each request. Measured on
 * the platform's own store (plugin test kit, H2) next to reading the one benchmarking the report is about, in
 * the same run. A plain main, not a test: see docs/benchmarks.md. Arguments: {@code clusters=200 runs=30}.
 */
public final class ReportsBenchmark {

    public static void main(String[] args) {
        Map<String, String> a = Arrays.stream(args).map(s -> s.split("=", 2))
                .collect(Collectors.toMap(kv -> kv[0], kv -> kv.length > 1 ? kv[1] : ""));
        int clusters = Integer.parseInt(a.getOrDefault("clusters", "200"));
        int runs = Integer.parseInt(a.getOrDefault("runs", "30"));

        TestModuleContext context = new TestModuleContext("benchmarking", BenchmarkingPlugin.class);
        BenchmarkingPlugin module = new BenchmarkingPlugin(context);
        Benchmarkings benchmarkings = module.benchmarkings();
        Reports reports = module.reports();
        Edition edition = module.editions().shipped();
        long start = System.nanoTime();
        Benchmarking last = null;
        for (long cluster = 1; cluster <= clusters; cluster++) {
            context.cluster(cluster, cluster % 2 == 0 ? "ICT" : "MARITIME_TECHNOLOGIES", cluster % 3 == 0 ? "SI" : "IT");
            last = ReportPdfBenchmark.completed(context, benchmarkings, edition, cluster, (int) (cluster % 4) + 1,
                    List.of(), "Keep going.", false);
        }
        System.out.printf(Locale.ROOT, "%d clusters with a completed benchmarking, made in %.1f s%n", clusters,
                (System.nanoTime() - start) / 1e9);
        context.actAs(TestModuleContext.assessor(99));
        String key = last.key();
        long[] one = new long[runs];
        long[] report = new long[runs];
        long[] region = new long[runs];
        for (int i = -5; i < runs; i++) {
            long t0 = System.nanoTime();
            benchmarkings.find(key).orElseThrow();
            long t1 = System.nanoTime();
            reports.report(key, Locale.ITALIAN);
            long t2 = System.nanoTime();
            reports.region(Locale.ITALIAN);
            long t3 = System.nanoTime();
            if (i >= 0) {
                one[i] = t1 - t0;
                report[i] = t2 - t1;
                region[i] = t3 - t2;
            }
        }
        ReportPdfBenchmark.print("one benchmarking (baseline)", one);
        ReportPdfBenchmark.print("report with peer groups", report);
        ReportPdfBenchmark.print("regional overview", region);
        System.out.printf(Locale.ROOT, "report / baseline at p50: %.0fx; regional overview / baseline: %.0fx%n",
                ReportPdfBenchmark.median(report) / ReportPdfBenchmark.median(one),
                ReportPdfBenchmark.median(region) / ReportPdfBenchmark.median(one));
    }
}
