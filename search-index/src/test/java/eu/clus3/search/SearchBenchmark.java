package eu.clus3.search;

import eu.clus3.search.bench.ForumPostGenerator;
import eu.clus3.search.bench.PostgresFullText;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * The search-index benchmark (not a test): indexes generated forum posts, then measures latencies of
 * this library next to raw Lucene doing the same work on the same index in the same run, indexing
 * throughput, freshness lag under a steady write load and index size; and PostgreSQL full-text search
 * on the same corpus, started by the benchmark, with the same queries interleaved. See BENCHMARKS.md for
 * the command.
 *
 * <p>Arguments: {@code [documents=100000] [--dir PATH] [--export FILE.tsv] [--no-raw-indexing] [--no-pg]
 * [--pg-only] [--pg-every N] [--pg-principals-index]
 * [--no-freshness]}.
 */
public final class SearchBenchmark {

    private static final int WARMUP = 600;
    private static final int MEASURED = 3000;
    private static final int BATCH = 10_000;
    private static final Set<String> PUBLIC = Set.of("public");
    private static final Set<String> MEMBER = Set.of("public", "cluster:c3:members", "cluster:c17:members",
            "group:category-2", "user:user12");
    private static final List<String> DIMENSIONS = List.of("cluster", "region", "type");

    private final ForumPostGenerator generator = new ForumPostGenerator();
    private final StringBuilder report = new StringBuilder();

    /** What to run; see BENCHMARKS.md. */
    private record Options(long documents, Path dir, Path export, boolean rawIndexing, boolean lucene,
                           boolean postgres, int pgEvery, boolean principalsIndex, boolean freshness,
                           boolean reuse) { }

    public static void main(String[] args) throws Exception {
        long documents = 100_000;
        Path dir = null;
        Path export = null;
        boolean rawIndexing = true;
        boolean lucene = true;
        boolean postgres = true;
        int pgEvery = 1;
        boolean freshness = true;
        boolean principalsIndex = false;
        boolean reuse = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dir" -> dir = Path.of(args[++i]);
                case "--export" -> export = Path.of(args[++i]);
                case "--no-raw-indexing" -> rawIndexing = false;
                case "--no-pg" -> postgres = false;
                case "--pg-only" -> lucene = false;
                case "--pg-every" -> pgEvery = Math.max(1, Integer.parseInt(args[++i]));
                case "--no-freshness" -> freshness = false;
                case "--pg-principals-index" -> principalsIndex = true;
                case "--reuse" -> reuse = true;
                default -> documents = Long.parseLong(args[i].replace("_", ""));
            }
        }
        if (!lucene && !postgres) {
            throw new IllegalArgumentException("--pg-only and --no-pg leave nothing to run");
        }
        if (dir == null) {
            dir = Files.createTempDirectory("clus3-bench");
        }
        Files.createDirectories(dir);
        new SearchBenchmark().run(new Options(documents, dir, export, rawIndexing, lucene, postgres, pgEvery, principalsIndex, freshness, reuse));
    }

    static SearchDocument toDocument(ForumPostGenerator.Post p) {
        return new SearchDocument(p.id(), p.type(), p.title(), p.body(), Language.ofCode(p.language()),
                Set.copyOf(p.tags()), p.author(), p.date(),
                Map.of("cluster", Set.of(p.cluster()), "region", Set.of(p.region()), "sector", Set.of(p.sector()),
                        "category", Set.of(p.category())), Set.copyOf(p.visibility()));
    }

    private void run(Options options) throws Exception {
        long documents = options.documents();
        Path dir = options.dir();
        line("Documents: %,d; cores: %d; JVM %s; max heap %d MB; directory %s; %s", documents,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, dir, options);
        line("Load average at the start (1, 5, 15 min): %s", loadAverage());
        Path export = options.export() != null ? options.export() : options.postgres() ? dir.resolve("corpus.tsv") : null;
        if (export != null) {
            long t = System.nanoTime();
            generator.exportTsv(documents, export);
            line("Exported the corpus to %s in %.1f s (%.0f MB)", export, (System.nanoTime() - t) / 1e9, Files.size(export) / 1e6);
        }
        PostgresFullText postgres = options.postgres()
                ? loadPostgres(dir.resolve("pg"), export, documents, options.principalsIndex()) : null;
        try {
            if (options.lucene()) {
                lucene(options, postgres);
            } else {
                queries(null, null, postgres, options.pgEvery());
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
        line("");
        line("Load average at the end (1, 5, 15 min): %s", loadAverage());
        System.out.println();
        System.out.println(report);
    }

    private PostgresFullText loadPostgres(Path data, Path tsv, long documents, boolean principalsIndex) throws Exception {
        long t = System.nanoTime();
        PostgresFullText postgres = PostgresFullText.start(data);
        double started = (System.nanoTime() - t) / 1e9;
        PostgresFullText.Load load = postgres.load(tsv, documents, principalsIndex);
        line("");
        line("PostgreSQL %s (embedded, started in %.1f s; shared_buffers 2GB, work_mem 64MB, maintenance_work_mem 1GB):",
                load.version(), started);
        line("");
        line("| PostgreSQL load | |");
        line("|---|---|");
        line("| COPY from the TSV, generated tsvector columns computed meanwhile | %.1f s |", load.copySeconds());
        line("| GIN indexes (tsv_en, tsv_it, title_words%s) | %.1f s |", principalsIndex ? ", principals" : "",
                load.indexSeconds());
        line("| docs/s, COPY + indexes | %,.0f |", load.docsPerSecond());
        line("| VACUUM ANALYZE (not in docs/s) | %.1f s |", load.analyzeSeconds());
        line("| table incl. TOAST | %.1f MB |", load.tableBytes() / 1e6);
        line("| indexes (GIN + primary key) | %.1f MB |", load.indexBytes() / 1e6);
        line("| total | %.1f MB |", load.totalBytes() / 1e6);
        return postgres;
    }

    private void lucene(Options options, PostgresFullText postgres) throws Exception {
        long documents = options.documents();
        Path dir = options.dir();
        boolean rawIndexing = options.rawIndexing();
        IndexSettings settings = IndexSettings.defaults().withFacetDimensions("cluster", "region", "sector", "category");
        Path root = dir.resolve("index");
        try (SearchIndex index = SearchIndex.open(root, settings)) {
            if (options.reuse() && index.status().documents() == documents) {
                // queries only, on the index an earlier run left in --dir (to compare query changes quickly)
                line("Reusing the index in %s: %,d documents, no indexing measured", root, documents);
                queries(index, Path.of(index.status().directory()), postgres, options.pgEvery());
                return;
            }
            double ours = indexAll(index, documents);
            double rebuilt = rebuildAll(index, documents);
            Path serving = Path.of(index.status().directory());
            double raw = rawIndexing ? rawIndexAll(dir.resolve("raw-indexing"), documents) : Double.NaN;
            line("");
            line("| indexing | docs/s |");
            line("|---|---|");
            line("| SearchIndex.upsert, one by one (analysis, facets, futures, NRT reopen, commit) | %,.0f |", ours);
            line("| Rebuild.add into a fresh directory, then complete() (commit, swap) | %,.0f |", rebuilt);
            if (rawIndexing) {
                line("| raw IndexWriter.addDocument of the same Lucene documents, one commit | %,.0f |", raw);
                line("| overhead of upsert (raw / upsert) | %.2fx |", raw / ours);
                line("| overhead of rebuild (raw / rebuild) | %.2fx |", raw / rebuilt);
            }
            line("");
            line("Index size on disk: %.1f MB for %,d documents (stored title and body with offsets, " +
                    "per-language fields, suggestion n-grams, facets)", size(serving) / 1e6, index.status().documents());

            queries(index, serving, postgres, options.pgEvery());
            if (options.freshness()) {
                freshness(index, documents);
            }
        }
    }

    // ------------------------------------------------------------------ indexing

    private double indexAll(SearchIndex index, long documents) throws IOException {
        long nanos = 0;
        CompletableFuture<Void> last = CompletableFuture.completedFuture(null);
        for (long start = 0; start < documents; start += BATCH) {
            List<SearchDocument> batch = new ArrayList<>(BATCH);
            for (long n = start; n < Math.min(documents, start + BATCH); n++) {
                batch.add(toDocument(generator.post(n)));
            }
            long t = System.nanoTime();
            for (int i = 0; i < batch.size(); i++) {
                last = index.upsert(batch.get(i), start + i + 1);
            }
            nanos += System.nanoTime() - t;
            if (start % 100_000 == 0) {
                System.err.printf("indexed %,d%n", start + batch.size());
            }
        }
        long t = System.nanoTime();
        last.join();
        index.commit();
        nanos += System.nanoTime() - t;
        return documents / (nanos / 1e9);
    }

    private double rebuildAll(SearchIndex index, long documents) throws IOException {
        long nanos = 0;
        Rebuild rebuild = index.startRebuild(index.lastAppliedSequence(), documents);
        for (long start = 0; start < documents; start += BATCH) {
            List<SearchDocument> batch = new ArrayList<>(BATCH);
            for (long n = start; n < Math.min(documents, start + BATCH); n++) {
                batch.add(toDocument(generator.post(n)));
            }
            long t = System.nanoTime();
            batch.forEach(rebuild::add);
            nanos += System.nanoTime() - t;
        }
        long t = System.nanoTime();
        rebuild.complete();
        nanos += System.nanoTime() - t;
        return documents / (nanos / 1e9);
    }

    private double rawIndexAll(Path dir, long documents) throws IOException {
        FacetsConfig facets = Schema.facetsConfig();
        long nanos = 0;
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analysis.perField())
                     .setRAMBufferSizeMB(48))) {
            for (long start = 0; start < documents; start += BATCH) {
                List<Document> batch = new ArrayList<>(BATCH);
                for (long n = start; n < Math.min(documents, start + BATCH); n++) {
                    batch.add(Schema.toLucene(toDocument(generator.post(n)), facets));
                }
                long t = System.nanoTime();
                for (Document d : batch) {
                    writer.addDocument(d);
                }
                nanos += System.nanoTime() - t;
            }
            long t = System.nanoTime();
            writer.commit();
            nanos += System.nanoTime() - t;
        }
        // the mapping to Lucene documents is ours too, but raw Lucene needs one as well: it is left out of both
        return documents / (nanos / 1e9);
    }

    // ------------------------------------------------------------------ queries

    private void queries(SearchIndex index, Path serving, PostgresFullText postgres, int pgEvery) throws Exception {
        Random random = new Random(7);
        List<String> en = generator.contentWords("en").subList(0, 150);
        List<String> it = generator.contentWords("it").subList(0, 150);
        List<String> twoWords = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            List<String> words = random.nextInt(100) < 60 ? en : it;
            twoWords.add(words.get(random.nextInt(words.size())) + " " + words.get(random.nextInt(words.size())));
            String w = words.get(random.nextInt(words.size()));
            prefixes.add(w.substring(0, Math.min(w.length(), 2 + random.nextInt(4))));
        }
        boolean lucene = index != null;
        try (FSDirectory directory = lucene ? FSDirectory.open(serving) : null;
             DirectoryReader reader = lucene ? DirectoryReader.open(directory) : null) {
            RawLucene raw = null;
            if (lucene) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Map<String, DefaultSortedSetDocValuesReaderState> states = new HashMap<>();
                for (String dim : DIMENSIONS) {
                    states.put(dim, new DefaultSortedSetDocValuesReaderState(reader, Schema.facetField(dim), Schema.facetsConfig()));
                }
                raw = new RawLucene(searcher, states);
            }
            if (lucene && postgres != null) {
                sameMatches(raw, postgres, twoWords.subList(0, 40));
            }
            Timing a = new Timing("(a) 2-word query, top 10");
            Timing b = new Timing("(b) 2-word query + permission filter + 3 facets + highlighting, top 10");
            Timing c = new Timing("(c) suggestions (2-5 letters), 8");
            long[] checksum = new long[3];
            // (b)'s runs per query: the tail is made of the queries matching the most posts
            Map<String, List<Long>> perQuery = new HashMap<>();
            Map<String, Long> perQueryMatches = new HashMap<>();
            for (int i = 0; i < WARMUP + MEASURED; i++) {
                boolean measure = i >= WARMUP;
                boolean pgRound = postgres != null && i % pgEvery == 0;
                String q = twoWords.get(i % twoWords.size());
                String prefix = prefixes.get(i % prefixes.size());
                boolean oursFirst = i % 2 == 0;
                for (int turn = 0; lucene && turn < 2; turn++) {
                    boolean ours = (turn == 0) == oursFirst;
                    long t = System.nanoTime();
                    if (ours) {
                        checksum[0] += index.search(SearchRequest.of(q, PUBLIC).withoutSnippets()).hits().size();
                    } else {
                        checksum[1] += raw.plain(q, PUBLIC);
                    }
                    a.add(ours, measure, System.nanoTime() - t);
                }
                if (pgRound) {
                    long t = System.nanoTime();
                    checksum[2] += postgres.plain(q, PUBLIC);
                    a.addPostgres(measure, System.nanoTime() - t);
                }
                for (int turn = 0; lucene && turn < 2; turn++) {
                    boolean ours = (turn == 0) == oursFirst;
                    long t = System.nanoTime();
                    if (ours) {
                        SearchResults results = index.search(SearchRequest.of(q, MEMBER)
                                .withFacets(DIMENSIONS.toArray(String[]::new)));
                        checksum[0] += results.hits().size();
                        if (measure) {
                            perQuery.computeIfAbsent(q, k -> new ArrayList<>()).add(System.nanoTime() - t);
                            perQueryMatches.put(q, results.total());
                        }
                    } else {
                        checksum[1] += raw.faceted(q, MEMBER);
                    }
                    b.add(ours, measure, System.nanoTime() - t);
                }
                if (pgRound) {
                    long t = System.nanoTime();
                    checksum[2] += postgres.faceted(q, MEMBER, DIMENSIONS);
                    b.addPostgres(measure, System.nanoTime() - t);
                }
                for (int turn = 0; lucene && turn < 2; turn++) {
                    boolean ours = (turn == 0) == oursFirst;
                    long t = System.nanoTime();
                    if (ours) {
                        checksum[0] += index.suggest(prefix, MEMBER, 8).size();
                    } else {
                        checksum[1] += raw.suggest(prefix, MEMBER);
                    }
                    c.add(ours, measure, System.nanoTime() - t);
                }
                if (pgRound) {
                    long t = System.nanoTime();
                    checksum[2] += postgres.suggest(prefix, MEMBER);
                    c.addPostgres(measure, System.nanoTime() - t);
                }
                if (i % 500 == 0) {
                    System.err.printf("query round %,d of %,d%n", i, WARMUP + MEASURED);
                }
            }
            if (lucene) {
                line("");
                line("Latency over %,d measured runs each (after %,d warm-up), ours and raw Lucene interleaved on the same index:", MEASURED, WARMUP);
                line("");
                line("| query | ours p50 | ours p99 | raw p50 | raw p99 | overhead p50 | overhead p99 |");
                line("|---|---|---|---|---|---|---|");
                for (Timing t : List.of(a, b, c)) {
                    line(t.row());
                }
                line("");
                line("(hits returned, ours / raw: %,d / %,d)", checksum[0], checksum[1]);
                slowest(perQuery, perQueryMatches);
            }
            if (postgres != null) {
                line("");
                line("PostgreSQL full-text search on the same corpus, %,d measured runs each (after %,d warm-up)%s:",
                        a.p, (WARMUP + pgEvery - 1) / pgEvery, lucene ? ", interleaved with the above (every "
                                + (pgEvery == 1 ? "" : pgEvery + "th ") + "round)" : "");
                line("");
                line("| query | ours p50 | ours p99 | PostgreSQL p50 | PostgreSQL p99 | PostgreSQL / ours p50 | PostgreSQL / ours p99 |");
                line("|---|---|---|---|---|---|---|");
                for (Timing t : List.of(a, b, c)) {
                    line(t.postgresRow());
                }
                line("");
                line("(hits returned by PostgreSQL: %,d)", checksum[2]);
                System.err.println("PostgreSQL plan of (b)'s hit query for \"" + twoWords.get(0) + "\":");
                postgres.explain(twoWords.get(0), MEMBER).forEach(System.err::println);
            }
        }
    }

    /** Both sides must find the same posts, or the latency comparison means little. */
    /** The (b) queries with the highest median time: what the p99 is made of. */
    private void slowest(Map<String, List<Long>> perQuery, Map<String, Long> matches) {
        Map<String, Long> median = new HashMap<>();
        perQuery.forEach((q, runs) -> {
            long[] sorted = runs.stream().mapToLong(Long::longValue).sorted().toArray();
            median.put(q, sorted[sorted.length / 2]);
        });
        List<String> queries = new ArrayList<>(median.keySet());
        queries.sort(Comparator.comparing(median::get).reversed());
        line("");
        line("The slowest (b) queries (ours), by median over their %,d runs each:", MEASURED / perQuery.size());
        line("");
        line("| query | matching posts | median |");
        line("|---|---|---|");
        for (String q : queries.subList(0, Math.min(8, queries.size()))) {
            line("| %s | %,d | %s |", q, matches.get(q), ms(median.get(q)));
        }
    }

    private void sameMatches(RawLucene raw, PostgresFullText postgres, List<String> queries) throws Exception {
        long lucene = 0;
        long pg = 0;
        long lucenePublic = 0;
        long pgPublic = 0;
        for (String q : queries) {
            lucene += raw.searcher.count(raw.query(q, MEMBER));
            pg += postgres.count(q, MEMBER);
            lucenePublic += raw.searcher.count(raw.query(q, PUBLIC));
            pgPublic += postgres.count(q, PUBLIC);
        }
        line("");
        line("Matching posts summed over the first %d queries, Lucene / PostgreSQL: %,d / %,d (5-principal viewer), " +
                "%,d / %,d (public); %.0f matches per query on average", queries.size(), lucene, pg, lucenePublic,
                pgPublic, (double) lucene / queries.size());
    }

    /** The same work as the library, written directly against Lucene's API. */
    private static final class RawLucene {
        private final IndexSearcher searcher;
        /** Per dimension: each has a doc-values field of its own in the index. */
        private final Map<String, DefaultSortedSetDocValuesReaderState> facetStates;
        private final Analyzer analyzer = Analysis.perField();
        private final QueryBuilder builder = new QueryBuilder(analyzer);
        private static final String[] FIELDS = {Schema.TITLE_EN, Schema.TITLE_IT, Schema.BODY_EN, Schema.BODY_IT};

        RawLucene(IndexSearcher searcher, Map<String, DefaultSortedSetDocValuesReaderState> facetStates) {
            this.searcher = searcher;
            this.facetStates = facetStates;
        }

        /** Every word in the English matching field, or every word in the Italian one. */
        Query query(String text, Set<String> principals) {
            BooleanQuery.Builder languages = new BooleanQuery.Builder();
            for (String f : new String[]{Schema.TEXT_EN, Schema.TEXT_IT}) {
                BooleanQuery.Builder all = new BooleanQuery.Builder();
                for (String word : text.split(" ")) {
                    all.add(builder.createBooleanQuery(f, word, Occur.MUST), Occur.MUST);
                }
                languages.add(all.build(), Occur.SHOULD);
            }
            return new BooleanQuery.Builder().add(languages.build(), Occur.MUST)
                    .add(new TermInSetQuery(Schema.VISIBLE_TO, principals.stream().map(BytesRef::new).toList()), Occur.FILTER)
                    .build();
        }

        /** The words in a title or as a tag: added to the scores of the best 100 by {@link QueryRescorer}. */
        Query bonus(String text) {
            BooleanQuery.Builder bonus = new BooleanQuery.Builder();
            for (String word : text.split(" ")) {
                for (String f : new String[]{Schema.TITLE_EN, Schema.TITLE_IT}) {
                    bonus.add(new BoostQuery(builder.createBooleanQuery(f, word, Occur.MUST), 3f), Occur.SHOULD);
                }
                bonus.add(new BoostQuery(new TermQuery(new Term(Schema.TAG, word)), 2f), Occur.SHOULD);
            }
            return bonus.build();
        }

        private ScoreDoc[] best10(TopDocs top100, String text) throws IOException {
            TopDocs rescored = QueryRescorer.rescore(searcher, top100, bonus(text), 1.0, top100.scoreDocs.length);
            return Arrays.copyOf(rescored.scoreDocs, Math.min(10, rescored.scoreDocs.length));
        }

        /** The same words in the title and body fields, which hold the offsets the highlighter reads. */
        Query highlighting(String text) {
            BooleanQuery.Builder q = new BooleanQuery.Builder();
            for (String word : text.split(" ")) {
                List<Query> fields = new ArrayList<>();
                for (String f : FIELDS) {
                    fields.add(builder.createBooleanQuery(f, word, Occur.MUST));
                }
                fields.add(new TermQuery(new Term(Schema.TAG, word)));
                q.add(new DisjunctionMaxQuery(fields, 0f), Occur.MUST);
            }
            return q.build();
        }

        int plain(String text, Set<String> principals) throws IOException {
            return load(best10(searcher.search(query(text, principals), 100), text));
        }

        int faceted(String text, Set<String> principals) throws IOException {
            Query q = query(text, principals);
            FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, q, 100, new FacetsCollectorManager());
            ScoreDoc[] best = best10(result.topDocs(), text);
            for (String dim : DIMENSIONS) {
                new SortedSetDocValuesFacetCounts(facetStates.get(dim), result.facetsCollector()).getTopChildren(10, dim);
            }
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer).build();
            int[] ids = Arrays.stream(best).mapToInt(d -> d.doc).toArray();
            highlighter.highlightFields(FIELDS, highlighting(text), ids, new int[]{1, 1, 2, 2});
            return load(best);
        }

        int suggest(String prefix, Set<String> principals) throws IOException {
            BooleanQuery.Builder q = new BooleanQuery.Builder();
            q.add(new TermQuery(new Term(Schema.SUGGEST, prefix)), Occur.MUST);
            q.add(new TermInSetQuery(Schema.VISIBLE_TO, principals.stream().map(BytesRef::new).toList()), Occur.FILTER);
            return load(searcher.search(q.build(), 8).scoreDocs);
        }

        private int load(ScoreDoc[] docs) throws IOException {
            StoredFields stored = searcher.storedFields();
            Set<String> fields = Set.of(Schema.ID, Schema.TYPE, Schema.LANGUAGE, Schema.TITLE_EN, Schema.TITLE_IT,
                    Schema.AUTHOR_STORED, Schema.DATE);
            for (ScoreDoc d : docs) {
                stored.document(d.doc, fields);
            }
            return docs.length;
        }
    }

    // ------------------------------------------------------------------ freshness

    private void freshness(SearchIndex index, long documents) throws Exception {
        int rate = 200;
        int seconds = 10;
        ConcurrentLinkedQueue<Long> lags = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        List<Long> queryNanos = new ArrayList<>();
        Thread reader = new Thread(() -> {
            int i = 0;
            while (!stop.get()) {
                long t = System.nanoTime();
                index.search(SearchRequest.of(i++ % 2 == 0 ? "cluster project" : "distretto innovazione", MEMBER)
                        .withFacets(DIMENSIONS.toArray(String[]::new)));
                synchronized (queryNanos) {
                    queryNanos.add(System.nanoTime() - t);
                }
            }
        }, "bench-reader");
        reader.start();
        long sequence = index.lastAppliedSequence();
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        long begin = System.nanoTime();
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        for (int i = 0; i < rate * seconds; i++) {
            long due = begin + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            SearchDocument doc = toDocument(generator.post(documents + i));
            long t = System.nanoTime();
            pending.add(index.upsert(doc, ++sequence).whenComplete((v, e) -> lags.add(System.nanoTime() - t)));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        stop.set(true);
        reader.join();
        long[] lag = lags.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] q;
        synchronized (queryNanos) {
            q = queryNanos.stream().mapToLong(Long::longValue).sorted().toArray();
        }
        line("");
        line("Freshness under a steady load of %d writes/s for %d s, with one thread searching (b) meanwhile " +
                "(default settings: max staleness 500 ms, min 20 ms):", rate, seconds);
        line("");
        line("| measure | p50 | p99 | max |");
        line("|---|---|---|---|");
        line("| write → searchable (future completes) | %s | %s | %s |", ms(pct(lag, 50)), ms(pct(lag, 99)), ms(lag[lag.length - 1]));
        line("| (b) query while writing (%,d queries) | %s | %s | %s |", q.length, ms(pct(q, 50)), ms(pct(q, 99)), ms(q[q.length - 1]));
    }

    // ------------------------------------------------------------------ helpers

    private static final class Timing {
        final String name;
        final long[] ours = new long[MEASURED];
        final long[] raw = new long[MEASURED];
        final long[] postgres = new long[MEASURED];
        int o;
        int r;
        int p;

        Timing(String name) {
            this.name = name;
        }

        void add(boolean isOurs, boolean measure, long nanos) {
            if (!measure) {
                return;
            }
            if (isOurs) {
                ours[o++] = nanos;
            } else {
                raw[r++] = nanos;
            }
        }

        void addPostgres(boolean measure, long nanos) {
            if (measure) {
                postgres[p++] = nanos;
            }
        }

        String row() {
            long[] a = sorted(ours, o);
            long[] b = sorted(raw, r);
            return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %.2fx | %.2fx |", name, ms(pct(a, 50)),
                    ms(pct(a, 99)), ms(pct(b, 50)), ms(pct(b, 99)), (double) pct(a, 50) / pct(b, 50),
                    (double) pct(a, 99) / pct(b, 99));
        }

        String postgresRow() {
            long[] b = sorted(postgres, p);
            if (o == 0) {
                return String.format(Locale.ROOT, "| %s | – | – | %s | %s | – | – |", name, ms(pct(b, 50)), ms(pct(b, 99)));
            }
            long[] a = sorted(ours, o);
            return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %.1fx | %.1fx |", name, ms(pct(a, 50)),
                    ms(pct(a, 99)), ms(pct(b, 50)), ms(pct(b, 99)), (double) pct(b, 50) / pct(a, 50),
                    (double) pct(b, 99) / pct(a, 99));
        }

        private static long[] sorted(long[] values, int n) {
            long[] copy = Arrays.copyOf(values, n);
            Arrays.sort(copy);
            return copy;
        }
    }

    private static long pct(long[] sorted, int p) {
        int i = (int) Math.ceil(sorted.length * p / 100.0) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private void line(String format, Object... args) {
        String s = String.format(Locale.ROOT, format, args);
        report.append(s).append('\n');
        System.err.println(s);
    }
}
