package eu.clus3.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A search index on disk, fed with {@link SearchDocument}s and queried by viewers holding principals.
 *
 * <p>Modelled on Gerrit's Lucene index: one {@code IndexWriter}; a {@code SearcherManager} reopened by a
 * {@code ControlledRealTimeReopenThread} with bounded staleness; every write returns a future that
 * completes once the change is searchable; a background commit, only when something changed, records the
 * caller's last applied change sequence in the commit's user data, so that after a crash the caller
 * resumes from {@link #lastCommittedSequence()}. A {@link Rebuild} writes a fresh directory while this one
 * keeps serving, then swaps it in.
 *
 * <p>Permissions are part of every query: the viewer's principals are a filter clause, so hits, totals,
 * facet counts, snippets, suggestions and corrections are all computed from visible documents only.
 *
 * <p>Writes are expected from one indexer thread (they are serialised anyway); searches from any thread.
 */
public final class SearchIndex implements Closeable {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    /** Below this many hits a search also tries words close to the typed ones. */
    static final int FEW_HITS = 3;
    /** How many of the best matches by text titles and tags may re-order (a page deeper than that keeps text order). */
    static final int BONUS_WINDOW = 100;
    /** How long a swapped-out index stays on disk for searches that were running on it. */
    private static final Duration RETIRE_GRACE = Duration.ofSeconds(10);
    private static final int SUGGEST_MAX_TOKENS = 6;
    private static final int TAG_CANDIDATES = 64;

    private final IndexLayout layout;
    private final IndexSettings settings;
    private final Analyzer analyzer = Analysis.perField();
    private final Analyzer wordsAnalyzer = Analysis.words();
    private final FacetsConfig facetsConfig = Schema.facetsConfig();
    private final QueryTranslator translator = new QueryTranslator(analyzer);
    private final Spelling spelling = new Spelling(wordsAnalyzer);
    private final List<String> knownDimensions;
    private final ScheduledExecutorService background;

    /**
     * Guards writes, the sequence, swaps; a commit holds it only while reading the sequence. Fair, so
     * that an indexer catching up in a tight loop cannot starve the commit thread.
     */
    private final ReentrantLock writeLock = new ReentrantLock(true);
    /** Serialises commits, swaps and close. */
    private final Object commitLock = new Object();

    private volatile IndexGeneration current;
    private volatile long lastApplied;
    private volatile long lastCommitted;
    private volatile String problem;
    private volatile Rebuild rebuild;
    private volatile boolean closed;

    private SearchIndex(Path root, IndexSettings settings) {
        this.layout = new IndexLayout(root);
        this.settings = settings;
        List<String> dims = new ArrayList<>(settings.facetDimensions());
        this.knownDimensions = List.copyOf(dims);
        this.background = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "clus3-index-commit " + root.getFileName());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Opens the index under {@code root} (creating it if there is none). A missing, corrupt or outdated
     * serving directory does not fail the open: it is set aside, an empty index serves, and
     * {@link #status()} reports the problem so that the caller rebuilds.
     */
    public static SearchIndex open(Path root, IndexSettings settings) throws IOException {
        SearchIndex index = new SearchIndex(root, settings);
        index.openCurrent();
        long interval = Math.max(1, settings.commitInterval().toMillis());
        index.background.scheduleWithFixedDelay(index::commitQuietly, interval, interval, TimeUnit.MILLISECONDS);
        return index;
    }

    private void openCurrent() throws IOException {
        Files.createDirectories(layout.root());
        Path recorded = layout.current();
        IndexGeneration generation = null;
        if (recorded != null) {
            if (!Files.isDirectory(recorded)) {
                problem = "missing: the index directory " + recorded.getFileName() + " was deleted";
            } else {
                try {
                    generation = IndexGeneration.open(recorded, analyzer, facetsConfig, settings).serve();
                    String schema = generation.committedAtOpen().getOrDefault(Schema.COMMIT_SCHEMA, "?");
                    if (!schema.equals(String.valueOf(Schema.VERSION))) {
                        problem = "outdated: written with schema " + schema + ", this version reads " + Schema.VERSION;
                    }
                } catch (IOException | RuntimeException e) {
                    problem = "corrupt: " + e.getClass().getSimpleName() + ": " + e.getMessage();
                    LOG.log(Level.WARNING, "search index " + recorded + " cannot be opened; set aside for a rebuild", e);
                    layout.setAside(recorded);
                }
            }
        }
        if (generation == null) {
            generation = IndexGeneration.create(layout.newGeneration(), analyzer, facetsConfig, settings, 0).serve();
            layout.makeCurrent(generation.path);
        }
        layout.removeAllBut(generation.path);
        current = generation;
        lastApplied = generation.searchableSequence();
        lastCommitted = lastApplied;
    }

    // ---------------------------------------------------------------- writes

    /**
     * Adds or replaces a document, as the change with this sequence number. Returns once the writer has
     * it; the future completes when searches see it (within the configured maximum staleness).
     *
     * @throws IndexUnavailableException if the index is closed or its directory failed
     */
    public CompletableFuture<Void> upsert(SearchDocument document, long sequence) {
        Document lucene = Schema.toLucene(document, facetsConfig);
        return write(document.id(), lucene, sequence);
    }

    /** Deletes a document by id (absent ids are fine), as the change with this sequence number. */
    public CompletableFuture<Void> delete(String id, long sequence) {
        return write(id, null, sequence);
    }

    /** Records that a change needed nothing from the index, so that a restart does not replay it. */
    public void markApplied(long sequence) {
        writeLock.lock();
        try {
            ensureOpen();
            lastApplied = Math.max(lastApplied, sequence);
        } finally {
            writeLock.unlock();
        }
    }

    private CompletableFuture<Void> write(String id, Document document, long sequence) {
        writeLock.lock();
        try {
            ensureOpen();
            IndexGeneration generation = current;
            long writerSequence = document == null
                    ? generation.writer.deleteDocuments(Schema.idTerm(id))
                    : generation.writer.updateDocument(Schema.idTerm(id), document);
            Rebuild running = rebuild;
            if (running != null) {
                running.live(id, document, sequence);
            }
            lastApplied = Math.max(lastApplied, sequence);
            return generation.whenSearchable(writerSequence, sequence);
        } catch (IOException | AlreadyClosedException e) {
            problem = "write failed: " + e.getClass().getSimpleName() + ": " + e.getMessage();
            throw new IndexUnavailableException("cannot write to the search index", e);
        } finally {
            writeLock.unlock();
        }
    }

    /** The sequence of the latest change written (0 if none ever was). */
    public long lastAppliedSequence() {
        return lastApplied;
    }

    /** The sequence recorded in the latest durable commit: after a restart, resume after it. */
    public long lastCommittedSequence() {
        return lastCommitted;
    }

    /** Makes everything written so far durable, if anything changed since the last commit. */
    public void commit() throws IOException {
        synchronized (commitLock) {
            ensureOpen();
            IndexGeneration generation;
            long sequence;
            writeLock.lock();
            try {
                generation = current;
                sequence = lastApplied;
                if (sequence == lastCommitted && !generation.writer.hasUncommittedChanges()) {
                    return;
                }
                // every write up to this sequence is in the writer now, so the commit will hold it
                generation.writer.setLiveCommitData(commitData(sequence).entrySet());
            } finally {
                writeLock.unlock();
            }
            try {
                generation.writer.commit();
            } catch (IOException | AlreadyClosedException e) {
                problem = "commit failed: " + e.getClass().getSimpleName() + ": " + e.getMessage();
                throw e instanceof IOException io ? io : new IOException(e);
            }
            lastCommitted = sequence;
        }
    }

    /** Asks for the next reopen at the minimum staleness (e.g. a user waits for their own post). */
    public void refreshSoon() {
        IndexGeneration generation = current;
        generation.hurry(generation.writer.getMaxCompletedSequenceNumber());
    }

    private void commitQuietly() {
        try {
            if (!closed) {
                commit();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "search index commit failed", e);
        }
    }

    static Map<String, String> commitData(long sequence) {
        return Map.of(Schema.COMMIT_SEQUENCE, Long.toString(sequence), Schema.COMMIT_SCHEMA, Integer.toString(Schema.VERSION));
    }

    static long sequenceOf(Map<String, String> userData) {
        try {
            return Long.parseLong(userData.getOrDefault(Schema.COMMIT_SEQUENCE, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    // ---------------------------------------------------------------- rebuild

    /**
     * Starts writing a new index beside the serving one.
     *
     * @param snapshotSequence the change sequence the caller's snapshot reflects
     * @param expectedDocuments how many documents will be added (for progress), 0 if unknown
     */
    public Rebuild startRebuild(long snapshotSequence, long expectedDocuments) throws IOException {
        synchronized (commitLock) {
            writeLock.lock();
            try {
                ensureOpen();
                if (rebuild != null) {
                    throw new IllegalStateException("a rebuild is already running");
                }
                IndexGeneration generation = IndexGeneration.create(layout.newGeneration(), analyzer, facetsConfig,
                        settings, snapshotSequence);
                rebuild = new Rebuild(this, generation, snapshotSequence, expectedDocuments);
                return rebuild;
            } finally {
                writeLock.unlock();
            }
        }
    }

    void swapIn(Rebuild finished) throws IOException {
        synchronized (commitLock) {
            if (rebuild != finished) {
                throw new IllegalStateException("this rebuild is no longer the running one");
            }
            IndexGeneration next = finished.generation;
            // the bulk of the work outside the write lock: live writes go on meanwhile
            next.writer.setLiveCommitData(commitData(finished.snapshotSequence).entrySet());
            next.writer.commit();
            IndexGeneration old;
            writeLock.lock();
            try {
                long sequence = Math.max(lastApplied, finished.snapshotSequence);
                next.writer.setLiveCommitData(commitData(sequence).entrySet());
                next.writer.commit();
                next.searchers.maybeRefreshBlocking();
                next.serve();
                layout.makeCurrent(next.path);
                old = current;
                current = next;
                rebuild = null;
                lastApplied = sequence;
                lastCommitted = sequence;
                problem = null;
            } finally {
                writeLock.unlock();
            }
            retire(old);
        }
    }

    void abandonRebuild(Rebuild abandoned) {
        synchronized (commitLock) {
            writeLock.lock();
            try {
                if (rebuild == abandoned) {
                    rebuild = null;
                }
            } finally {
                writeLock.unlock();
            }
            abandoned.generation.abandon();
            IOUtils.closeWhileHandlingException(abandoned.generation.directory);
            deleteQuietly(abandoned.generation.path);
        }
    }

    /** Stops the old generation; its files go after a grace period, once running searches are done. */
    private void retire(IndexGeneration old) {
        old.releaseWaiting();
        old.abandon();
        background.schedule(() -> {
            IOUtils.closeWhileHandlingException(old.directory);
            deleteQuietly(old.path);
        }, RETIRE_GRACE.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void deleteQuietly(Path path) {
        try {
            IndexLayout.delete(path);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot delete " + path, e);
        }
    }

    // ---------------------------------------------------------------- status

    public IndexStatus status() {
        IndexGeneration generation = current;
        long documents;
        try {
            documents = withSearcher(s -> (long) s.getIndexReader().numDocs());
        } catch (RuntimeException e) {
            documents = 0;
        }
        Rebuild running = rebuild;
        return new IndexStatus(documents, lastApplied, lastCommitted, generation.searchableSequence(),
                running != null, running == null ? 0 : running.done(), running == null ? 0 : running.expected(),
                Optional.ofNullable(problem), generation.path.toString());
    }

    /**
     * Reads every file of the serving index and checks its checksums (slow: for an administrator's
     * check, not for every start). A failure is reported in {@link #status()} as well.
     */
    public Optional<String> verify() {
        try {
            return withSearcher(s -> {
                for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                    if (leaf.reader() instanceof org.apache.lucene.index.CodecReader codec) {
                        codec.checkIntegrity();
                    }
                }
                return Optional.<String>empty();
            });
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            problem = "corrupt: " + cause.getClass().getSimpleName() + ": " + cause.getMessage();
            return Optional.of(problem);
        }
    }

    /**
     * The id of every document the current searcher sees, for a caller's check that the index holds what
     * its source of truth does (one pass over the stored ids: seconds for a million documents).
     */
    public Set<String> ids() {
        return withSearcher(s -> {
            Set<String> ids = new HashSet<>(Math.max(16, s.getIndexReader().numDocs() * 2));
            Set<String> fields = Set.of(Schema.ID);
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        ids.add(stored.document(doc, fields).get(Schema.ID));
                    }
                }
            }
            return ids;
        });
    }

    // ---------------------------------------------------------------- search

    /** Runs a search for one viewer. Never fails because of what the user typed. */
    public SearchResults search(SearchRequest request) {
        UserQuery query = UserQuery.parse(request.query(), knownDimensions);
        return withSearcher(searcher -> search(searcher, request, query));
    }

    private SearchResults search(Snapshot searcher, SearchRequest request, UserQuery query) throws IOException {
        Query visibility = QueryTranslator.visibility(request.principals());
        Query filters = translator.filters(query);
        Translated words = translate(query, Map.of());
        Found found = find(searcher, request, words, filters, visibility);
        Optional<String> didYouMean = Optional.empty();
        boolean typoTolerant = false;
        if (found.total < FEW_HITS && words.scoring() != null) {
            Map<Integer, List<String>> similar = spelling.similarWords(searcher.getIndexReader(), query);
            if (!similar.isEmpty()) {
                didYouMean = correction(searcher, query, similar, filters, visibility, found.total);
                Found wider = find(searcher, request, translate(query, similar), filters, visibility);
                if (wider.total > found.total) {
                    found = wider;
                    typoTolerant = true;
                }
            }
        }
        List<SearchResults.Hit> hits = hits(searcher, found, request.offset(), request.snippets());
        Map<String, List<SearchResults.FacetCount>> facets = facets(request, found.facets);
        return new SearchResults(found.total, found.exact, hits, facets, didYouMean, typoTolerant);
    }

    private record Found(Query highlighting, ScoreDoc[] docs, long total, boolean exact, FacetCounter.Counts facets) { }

    /** A query's words as Lucene queries: what matches and scores, what snippets mark, what titles and tags add. */
    private record Translated(Query scoring, Query highlighting, Query bonus) { }

    private Translated translate(UserQuery query, Map<Integer, List<String>> alternatives) {
        return new Translated(translator.scoring(query, alternatives), translator.highlighting(query, alternatives),
                translator.bonus(query, alternatives));
    }

    private Found find(Snapshot searcher, SearchRequest request, Translated words, Query filters, Query visibility)
            throws IOException {
        Query query = QueryTranslator.combine(words.scoring(), filters, visibility);
        int wanted = request.offset() + request.limit();
        Query highlighting = words.highlighting();
        // by relevance, at least the window that titles and tags re-order is collected: the same for every page
        int collected = request.sort() == SearchRequest.Sort.NEWEST ? wanted : Math.max(wanted, BONUS_WINDOW);
        Sort sort = request.sort() == SearchRequest.Sort.NEWEST
                ? new Sort(new SortField(Schema.DATE, SortField.Type.LONG, true), SortField.FIELD_SCORE)
                : null;
        if (!request.facets().isEmpty()) {
            // facets need every match: the top documents and the counts come from one pass over them
            FacetCounter counter = new FacetCounter(searcher, request.facets(), request.now());
            Object[] results = searcher.search(query, new MultiCollectorManager(sort == null
                    ? new TopScoreDocCollectorManager(collected, null, Integer.MAX_VALUE)
                    : new TopFieldCollectorManager(sort, collected, null, Integer.MAX_VALUE), counter));
            TopDocs top = (TopDocs) results[0];
            FacetCounter.Counts counts = (FacetCounter.Counts) results[1];
            if (sort != null) {
                TopFieldCollector.populateScores(top.scoreDocs, searcher, query);
            }
            ScoreDoc[] docs = firstOf(sort == null ? withBonus(searcher, top, words.bonus()) : top.scoreDocs, wanted);
            return new Found(highlighting, docs, counts.total(), true, counts);
        }
        TopDocs top = sort == null
                ? searcher.search(query, new TopScoreDocCollectorManager(collected, null, SearchResults.EXACT_TOTAL_UP_TO))
                : searcher.search(query, new TopFieldCollectorManager(sort, collected, null, SearchResults.EXACT_TOTAL_UP_TO));
        ScoreDoc[] docs = firstOf(sort == null ? withBonus(searcher, top, words.bonus()) : top.scoreDocs, wanted);
        return new Found(highlighting, docs, top.totalHits.value,
                top.totalHits.relation == TotalHits.Relation.EQUAL_TO, null);
    }

    private static ScoreDoc[] firstOf(ScoreDoc[] docs, int wanted) {
        return docs.length <= wanted ? docs : java.util.Arrays.copyOf(docs, wanted);
    }

    /**
     * Titles and tags add to the scores of the best {@link #BONUS_WINDOW} matches, which are re-ordered; the
     * rest keep their order below them. Scoring the title and tag of every match during the search cost as
     * much as the search itself (each match moved two more postings lists per word).
     */
    private static ScoreDoc[] withBonus(Snapshot searcher, TopDocs top, Query bonus) throws IOException {
        if (bonus == null || top.scoreDocs.length == 0) {
            return top.scoreDocs;
        }
        int head = Math.min(BONUS_WINDOW, top.scoreDocs.length);
        TopDocs best = new TopDocs(top.totalHits, java.util.Arrays.copyOf(top.scoreDocs, head));
        ScoreDoc[] all = top.scoreDocs.clone();
        System.arraycopy(QueryRescorer.rescore(searcher, best, bonus, 1.0, head).scoreDocs, 0, all, 0, head);
        return all;
    }

    /**
     * The best correction: each term's candidates are tried in its place, and the one finding the most
     * visible documents wins, if it finds more than the query as typed.
     */
    private Optional<String> correction(Snapshot searcher, UserQuery query, Map<Integer, List<String>> similar,
                                        Query filters, Query visibility, long foundAsTyped) throws IOException {
        int cap = 1000;
        String text = query.text();
        UserQuery corrected = query;
        long best = foundAsTyped;
        // replace from the last term backwards so that earlier offsets stay valid
        List<Integer> indexes = new ArrayList<>(similar.keySet());
        java.util.Collections.reverse(indexes);
        boolean changed = false;
        for (int i : indexes) {
            String chosen = null;
            for (String candidate : similar.get(i)) {
                UserQuery attempt = UserQuery.parse(corrected.replacing(i, candidate), knownDimensions);
                long count = countUpTo(searcher, QueryTranslator.combine(translator.scoring(attempt, Map.of()),
                        filters, visibility), cap);
                if (count > best) {
                    best = count;
                    chosen = candidate;
                }
            }
            if (chosen != null) {
                text = corrected.replacing(i, chosen);
                corrected = UserQuery.parse(text, knownDimensions);
                changed = true;
            }
        }
        return changed && best > 0 ? Optional.of(text) : Optional.empty();
    }

    private List<SearchResults.Hit> hits(Snapshot searcher, Found found, int offset, boolean snippets) throws IOException {
        ScoreDoc[] docs = found.docs;
        if (offset >= docs.length) {
            return List.of();
        }
        int[] ids = new int[docs.length - offset];
        for (int i = offset; i < docs.length; i++) {
            ids[i - offset] = docs[i].doc;
        }
        Query highlightQuery = found.highlighting == null ? new org.apache.lucene.search.MatchNoDocsQuery() : found.highlighting;
        Map<String, String[]> marked = new java.util.HashMap<>();
        if (snippets) {
            marked.putAll(new SnippetHighlighter(searcher, analyzer).highlight(highlightQuery, ids));
        } else {
            for (String field : SnippetHighlighter.FIELDS) {
                marked.put(field, new String[ids.length]);
            }
        }
        StoredFields stored = searcher.storedFields();
        Set<String> wanted = Set.of(Schema.ID, Schema.TYPE, Schema.LANGUAGE, Schema.TITLE_EN, Schema.TITLE_IT,
                Schema.AUTHOR_STORED, Schema.DATE, Schema.LINK);
        List<SearchResults.Hit> hits = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            Document doc = stored.document(ids[i], wanted);
            Language language = Language.ofCode(doc.get(Schema.LANGUAGE));
            String title = doc.get(Schema.titleField(language));
            IndexableField date = doc.getField(Schema.DATE);
            String highlightedTitle = first(marked.get(Schema.TITLE_EN)[i], marked.get(Schema.TITLE_IT)[i]);
            String snippet = first(marked.get(Schema.BODY_EN)[i], marked.get(Schema.BODY_IT)[i]);
            hits.add(new SearchResults.Hit(doc.get(Schema.ID), doc.get(Schema.TYPE), language,
                    title == null ? "" : title, doc.get(Schema.AUTHOR_STORED),
                    date == null || date.numericValue().longValue() == 0 ? null
                            : Instant.ofEpochMilli(date.numericValue().longValue()),
                    Float.isNaN(docs[offset + i].score) ? 0f : docs[offset + i].score,
                    highlightedTitle == null ? "" : highlightedTitle, snippet == null ? "" : snippet,
                    doc.get(Schema.LINK)));
        }
        return hits;
    }

    private static String first(String a, String b) {
        return a != null && !a.isEmpty() ? a : b;
    }

    private Map<String, List<SearchResults.FacetCount>> facets(SearchRequest request, FacetCounter.Counts counts)
            throws IOException {
        if (counts == null) {
            return Map.of();
        }
        Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>();
        for (String dimension : request.facets()) {
            facets.putIfAbsent(dimension, counts.top(dimension, request.facetValues()));
        }
        return facets;
    }

    // ---------------------------------------------------------------- suggestions

    /**
     * Completions for what a viewer is typing, from 2 letters: titles of visible documents (topics,
     * clusters, people...) whose words start with the typed ones, then tags that start with the last word
     * and are on at least one visible document.
     */
    public List<Suggestion> suggest(String typed, Set<String> principals, int limit) {
        if (typed == null || typed.strip().codePointCount(0, typed.strip().length()) < Analysis.SUGGEST_MIN_GRAM
                || limit <= 0 || principals.isEmpty()) {
            return List.of();
        }
        String text = typed.length() > UserQuery.MAX_LENGTH ? typed.substring(0, UserQuery.MAX_LENGTH) : typed;
        List<String> tokens = Analysis.tokens(wordsAnalyzer, Schema.SUGGEST, text);
        if (tokens.isEmpty()) {
            return List.of();
        }
        if (tokens.size() > SUGGEST_MAX_TOKENS) {
            tokens = tokens.subList(tokens.size() - SUGGEST_MAX_TOKENS, tokens.size());
        }
        // single letters are not indexed as prefixes: among longer words they are left out
        List<String> longer = tokens.stream().filter(t -> t.length() >= Analysis.SUGGEST_MIN_GRAM).toList();
        List<String> prefixes = (longer.isEmpty() ? tokens : longer).stream()
                .map(t -> t.length() > Analysis.SUGGEST_MAX_GRAM ? t.substring(0, Analysis.SUGGEST_MAX_GRAM) : t)
                .toList();
        String[] words = text.strip().split("\\s+");
        String tagPrefix = Analysis.foldKeyword(words[words.length - 1]);
        Query visibility = QueryTranslator.visibility(principals);
        return withSearcher(searcher -> {
            int tagLimit = Math.max(1, limit / 4);
            List<Suggestion> tags = tagPrefix.length() < Analysis.SUGGEST_MIN_GRAM ? List.of()
                    : tagSuggestions(searcher, tagPrefix, visibility, tagLimit);
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            prefixes.forEach(p -> query.add(new TermQuery(new Term(Schema.SUGGEST, p)), Occur.MUST));
            query.add(visibility, Occur.FILTER);
            int documentsWanted = Math.max(1, limit - tags.size());
            TopDocs top = searcher.sequential().search(query.build(),
                    new TopScoreDocCollectorManager(documentsWanted, null, documentsWanted));
            List<Suggestion> suggestions = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            Set<String> fields = Set.of(Schema.ID, Schema.TYPE, Schema.LANGUAGE, Schema.TITLE_EN, Schema.TITLE_IT, Schema.LINK);
            for (ScoreDoc hit : top.scoreDocs) {
                Document doc = stored.document(hit.doc, fields);
                String title = doc.get(Schema.titleField(Language.ofCode(doc.get(Schema.LANGUAGE))));
                suggestions.add(new Suggestion(Suggestion.Kind.DOCUMENT, title, doc.get(Schema.ID), doc.get(Schema.TYPE),
                        doc.get(Schema.LINK)));
            }
            suggestions.addAll(tags);
            return suggestions.size() > limit ? suggestions.subList(0, limit) : suggestions;
        });
    }

    /** Tags starting with the prefix, shortest first, each on at least one visible document. */
    private List<Suggestion> tagSuggestions(Snapshot searcher, String prefix, Query visibility, int limit)
            throws IOException {
        Snapshot.DimensionValues tagValues = searcher.facetValues(Schema.DIM_TAG);
        SortedSetDocValuesReaderState state = tagValues == null ? null : tagValues.state();
        if (state == null || state.getOrdRange(Schema.DIM_TAG) == null) {
            return List.of();
        }
        SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(Schema.DIM_TAG);
        SortedSetDocValues values = state.getDocValues();
        String encodedPrefix = FacetsConfig.pathToString(Schema.DIM_TAG, new String[]{prefix});
        long ord = values.lookupTerm(new BytesRef(encodedPrefix));
        if (ord < 0) {
            ord = -ord - 1;
        }
        List<String> candidates = new ArrayList<>();
        for (long o = Math.max(ord, range.start); o <= range.end && candidates.size() < TAG_CANDIDATES; o++) {
            String[] path = FacetsConfig.stringToPath(values.lookupOrd(o).utf8ToString());
            if (path.length < 2 || !path[1].startsWith(prefix)) {
                break;
            }
            candidates.add(path[1]);
        }
        candidates.sort(java.util.Comparator.comparingInt(String::length).thenComparing(s -> s));
        List<Suggestion> tags = new ArrayList<>();
        for (String tag : candidates) {
            if (tags.size() >= limit) {
                break;
            }
            BooleanQuery.Builder onVisible = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Schema.TAG, tag)), Occur.FILTER)
                    .add(visibility, Occur.FILTER);
            if (countUpTo(searcher, onVisible.build(), 1) > 0) {
                tags.add(new Suggestion(Suggestion.Kind.TAG, tag, null, Schema.DIM_TAG));
            }
        }
        return tags;
    }

    /** Live documents matching, counted up to {@code cap}: cheap for "is there any", "more than n". */
    private static long countUpTo(Snapshot searcher, Query query, long cap) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        long count = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live == null || live.get(doc)) {
                    if (++count >= cap) {
                        return count;
                    }
                }
            }
        }
        return count;
    }

    // ---------------------------------------------------------------- plumbing

    @FunctionalInterface
    private interface SearcherWork<T> {
        T apply(Snapshot searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        for (int attempt = 0; ; attempt++) {
            ensureOpen();
            IndexGeneration generation = current;
            Snapshot searcher;
            try {
                searcher = (Snapshot) generation.searchers.acquire();
            } catch (AlreadyClosedException e) {
                if (attempt < 5 && generation != current) {
                    continue; // swapped meanwhile: use the new one
                }
                throw new IndexUnavailableException("the search index is closed", e);
            } catch (IOException e) {
                throw new IndexUnavailableException("cannot read the search index", e);
            }
            try {
                return work.apply(searcher);
            } catch (IOException | UncheckedIOException | AlreadyClosedException e) {
                throw new IndexUnavailableException("cannot read the search index", e);
            } finally {
                try {
                    generation.searchers.release(searcher);
                } catch (IOException | AlreadyClosedException ignored) {
                    // the reader goes away with its generation
                }
            }
        }
    }

    FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IndexUnavailableException("the search index is closed", null);
        }
    }

    /** Simulates a crash for tests: stops everything without committing what was written since the last commit. */
    void abandonForCrashTest() {
        closed = true;
        background.shutdownNow();
        Rebuild running = rebuild;
        if (running != null) {
            running.generation.abandon();
        }
        current.abandon();
        IOUtils.closeWhileHandlingException(current.directory);
    }

    /** Commits what was written, stops the reopen and commit threads, and closes the directory. */
    @Override
    public void close() throws IOException {
        synchronized (commitLock) {
            if (closed) {
                return;
            }
            try {
                commit();
            } finally {
                closed = true;
                background.shutdownNow();
                Rebuild running = rebuild;
                rebuild = null;
                if (running != null) {
                    running.generation.abandon();
                    IOUtils.closeWhileHandlingException(running.generation.directory);
                    deleteQuietly(running.generation.path);
                }
                current.close();
            }
        }
    }

    /** The facet dimensions the query language reads as filters, built-in ones included. */
    public Set<String> facetDimensions() {
        Set<String> all = new LinkedHashSet<>(List.of(Schema.DIM_TYPE, Schema.DIM_LANGUAGE, Schema.DIM_TAG,
                Schema.DIM_AUTHOR, Schema.DIM_DATE));
        all.addAll(knownDimensions);
        return all;
    }
}
