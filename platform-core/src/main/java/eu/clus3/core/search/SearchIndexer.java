package eu.clus3.core.search;

import eu.clus3.core.database.Database;
import eu.clus3.search.IndexSettings;
import eu.clus3.search.IndexStatus;
import eu.clus3.search.Rebuild;
import eu.clus3.search.SearchDocument;
import eu.clus3.search.SearchIndex;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Feeds the Lucene index from the outbox (ARCHITECTURE.md, "Data flow of a write"): one thread reads the
 * changes in sequence order, asks the {@link SearchSource} of each kind for the subject's current document,
 * and upserts or deletes it. The index records the last applied sequence in its commits, so a restart
 * (even after {@code kill -9}) resumes where the last commit left off.
 *
 * <p>Sequence numbers are handed out when a transaction writes, not when it commits, so a change can become
 * visible after a higher one was already applied. The indexer therefore also looks again at every change
 * written in the last {@link #SETTLE} and applies those it has not seen; at start it replays the changes
 * written within {@code SETTLE} before its recorded position. Applying a change twice is harmless: it
 * re-reads the current state. A writing transaction is assumed to commit within {@code SETTLE}.
 */
public final class SearchIndexer implements Closeable {

    private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());

    /** How long a change may take from being written to being committed (a transaction's longest life). */
    static final Duration SETTLE = Duration.ofSeconds(60);
    /** How long the outbox keeps changes; an index further behind than that is rebuilt. */
    static final Duration RETENTION = Duration.ofDays(7);
    private static final Duration POLL = Duration.ofMillis(150);
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);
    private static final int BATCH = 500;

    /** The facet dimensions the platform's documents use besides the index's own (type, language, tag, author, date). */
    public static final List<String> DIMENSIONS = List.of("cluster", "region", "sector", "category");

    private final Database db;
    private final SearchOutbox outbox;
    private final List<SearchSource> sources;
    private final Clock clock;
    private final SearchIndex index;
    private final ScheduledExecutorService writer;
    private final ExecutorService rebuilder;

    /** Highest sequence read from the outbox so far; touched only by the writer thread. */
    private long seen;
    /** Sequences applied within the settle window, with when they were written; writer thread only. */
    private final Map<Long, Instant> recentlyApplied = new HashMap<>();
    private Instant lastPrune = Instant.EPOCH;
    private final AtomicReference<Future<?>> runningRebuild = new AtomicReference<>();
    private volatile String lastFailure;

    private SearchIndexer(Database db, SearchOutbox outbox, List<SearchSource> sources, Clock clock, SearchIndex index) {
        this.db = db;
        this.outbox = outbox;
        this.sources = List.copyOf(sources);
        this.clock = clock;
        this.index = index;
        this.writer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "clus3-search-indexer"));
        this.rebuilder = Executors.newSingleThreadExecutor(r -> daemon(r, "clus3-search-rebuild"));
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /**
     * Opens the index under {@code root} and starts feeding it. A missing, corrupt or outdated index, one
     * that is further behind than the outbox keeps, or an empty one over a database with content, is rebuilt
     * at once, online: searches get the old (or an empty) index until the new one is swapped in.
     */
    public static SearchIndexer start(Database db, SearchOutbox outbox, List<SearchSource> sources, Clock clock,
                                      Path root) {
        SearchIndex index;
        try {
            index = SearchIndex.open(root, IndexSettings.defaults().withFacetDimensions(DIMENSIONS.toArray(String[]::new)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + root, e);
        }
        SearchIndexer indexer = new SearchIndexer(db, outbox, sources, clock, index);
        indexer.resume();
        indexer.writer.scheduleWithFixedDelay(indexer::poll, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
        return indexer;
    }

    private void resume() {
        long committed = index.lastCommittedSequence();
        Optional<String> why = whyRebuild(committed);
        if (why.isPresent()) {
            LOG.info(() -> "Search index: rebuilding from the database (" + why.get() + ")");
            seen = db.inTransaction(outbox::head);
            rebuild();
            return;
        }
        seen = committed;
        Instant recordedAt = committed == 0 ? Instant.EPOCH : db.inTransaction(() -> outbox.writtenAt(committed)).orElseThrow();
        List<OutboxEntry> late = db.inTransaction(() -> outbox.writtenSince(recordedAt.minus(SETTLE), committed));
        writer.execute(() -> apply(late, true));
        LOG.info(() -> "Search index: " + index.status().documents() + " documents, resuming after change " + committed
                + (late.isEmpty() ? "" : " (re-reading " + late.size() + " changes that may have committed late)"));
    }

    private Optional<String> whyRebuild(long committed) {
        IndexStatus status = index.status();
        if (status.needsRebuild()) {
            return status.problem();
        }
        if (committed > 0 && db.inTransaction(() -> outbox.writtenAt(committed)).isEmpty()) {
            return Optional.of("it is behind the changes the database still keeps");
        }
        if (committed == 0 && status.documents() == 0 && countInSources() > 0) {
            return Optional.of("it is empty and the database is not");
        }
        return Optional.empty();
    }

    // --------------------------------------------------------------- the writer thread

    private void poll() {
        try {
            List<OutboxEntry> batch;
            do {
                long after = seen;
                batch = db.inTransaction(() -> outbox.after(after, BATCH));
                apply(batch, false);
            } while (batch.size() == BATCH);
            Instant window = clock.instant().minus(SETTLE);
            long upTo = seen;
            List<OutboxEntry> recent = db.inTransaction(() -> outbox.writtenSince(window, upTo));
            apply(recent.stream().filter(e -> !recentlyApplied.containsKey(e.seq())).toList(), false);
            recentlyApplied.values().removeIf(writtenAt -> writtenAt.isBefore(window.minus(SETTLE)));
            pruneNowAndThen();
            lastFailure = null;
        } catch (RuntimeException e) {
            // the database or the index is away for a moment: the next poll tries again from the same place
            if (!String.valueOf(e).equals(lastFailure)) {
                LOG.log(Level.WARNING, "Search indexer: cannot apply changes yet", e);
            }
            lastFailure = String.valueOf(e);
        }
    }

    /**
     * Applies changes in order; each subject is read once per batch, in one read-only transaction, together with
     * the subjects whose documents show something of the changed ones ({@link SearchSource#dependents}).
     */
    private void apply(List<OutboxEntry> changes, boolean replay) {
        if (changes.isEmpty()) {
            return;
        }
        Map<String, SearchSource.Subject> subjects = new LinkedHashMap<>();
        Map<String, Long> sequences = new HashMap<>();
        for (OutboxEntry e : changes) {
            String id = SearchSource.documentId(e.kind(), e.subjectId());
            subjects.put(id, new SearchSource.Subject(e.kind(), e.subjectId()));
            sequences.put(id, e.seq());
        }
        long last = changes.stream().mapToLong(OutboxEntry::seq).max().orElse(0);
        Map<String, Optional<SearchDocument>> documents = db.inTransaction(() -> {
            Set<SearchSource.Subject> changed = Set.copyOf(subjects.values());
            for (SearchSource source : sources) {
                for (SearchSource.Subject dependent : source.dependents(changed)) {
                    String id = SearchSource.documentId(dependent.kind(), dependent.id());
                    if (subjects.putIfAbsent(id, dependent) == null) {
                        sequences.put(id, last);
                    }
                }
            }
            Map<String, Optional<SearchDocument>> found = new HashMap<>();
            subjects.forEach((id, subject) -> found.put(id, sourceOf(subject.kind())
                    .flatMap(source -> source.document(subject.kind(), subject.id()))));
            return found;
        });
        for (Map.Entry<String, SearchSource.Subject> subject : subjects.entrySet()) {
            Optional<SearchDocument> doc = documents.get(subject.getKey());
            long seq = sequences.get(subject.getKey());
            if (doc.isPresent()) {
                index.upsert(doc.get(), seq);
            } else {
                index.delete(subject.getKey(), seq);
            }
        }
        for (OutboxEntry e : changes) {
            recentlyApplied.put(e.seq(), e.writtenAt());
            seen = Math.max(seen, e.seq());
        }
        index.markApplied(last);
        if (!replay) {
            index.refreshSoon();
        }
    }

    private Optional<SearchSource> sourceOf(String kind) {
        return sources.stream().filter(s -> s.answers(kind)).findFirst();
    }

    private void pruneNowAndThen() {
        Instant now = clock.instant();
        if (lastPrune.plus(PRUNE_EVERY).isAfter(now)) {
            return;
        }
        lastPrune = now;
        long committed = index.lastCommittedSequence();
        // never forget a change this node's index has not made durable yet
        Instant keepFrom = db.inTransaction(() -> outbox.writtenAt(committed)).map(t -> t.minus(SETTLE))
                .filter(t -> t.isBefore(now.minus(RETENTION))).orElse(now.minus(RETENTION));
        int pruned = db.inTransaction(() -> outbox.prune(keepFrom));
        if (pruned > 0) {
            LOG.fine(() -> "Search outbox: forgot " + pruned + " changes older than " + keepFrom);
        }
    }

    // --------------------------------------------------------------- rebuild, status, check

    /**
     * Starts rebuilding the whole index from the database in the background; the current index keeps serving
     * and keeps getting live changes until the new one is swapped in. Returns false if one is running already.
     */
    public synchronized boolean rebuild() {
        Future<?> running = runningRebuild.get();
        if (running != null && !running.isDone()) {
            return false;
        }
        runningRebuild.set(rebuilder.submit(this::rebuildNow));
        return true;
    }

    private void rebuildNow() {
        Instant started = clock.instant();
        Rebuild rebuild = null;
        try {
            long snapshot = db.inTransaction(outbox::head);
            rebuild = index.startRebuild(snapshot, countInSources());
            for (SearchSource source : sources) {
                Rebuild target = rebuild;
                db.inTransaction(() -> {
                    source.all().forEach(target::add);
                    return null;
                });
            }
            rebuild.complete();
            long written = rebuild.done();
            LOG.info(() -> "Search index rebuilt: " + written + " documents in "
                    + Duration.between(started, clock.instant()).toMillis() + " ms");
            // changes that committed during the snapshot with a sequence below it: apply them again
            writer.execute(() -> apply(db.inTransaction(() -> outbox.writtenSince(started.minus(SETTLE), Long.MAX_VALUE)), true));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Search index rebuild failed; the previous index keeps serving", e);
            if (rebuild != null) {
                rebuild.abort();
            }
        }
    }

    private long countInSources() {
        return db.inTransaction(() -> sources.stream().mapToLong(SearchSource::count).sum());
    }

    /** The index behind this indexer, for searching. */
    public SearchIndex index() {
        return index;
    }

    /** The index's own status plus how far behind the outbox it is. */
    public IndexState state() {
        IndexStatus status = index.status();
        long[] outboxNow = db.inTransaction(() -> new long[]{outbox.head(), outbox.countAfter(status.lastAppliedSequence())});
        long head = outboxNow[0];
        long behind = outboxNow[1];
        Future<?> rebuilding = runningRebuild.get();
        return new IndexState(status.documents(), status.lastAppliedSequence(), status.lastCommittedSequence(), head,
                behind, status.rebuilding() || (rebuilding != null && !rebuilding.isDone()), status.rebuildDone(), status.rebuildTotal(), status.problem().orElse(null));
    }

    /**
     * Compares the ids in the index with the documents the database gives now. Differences that are only
     * changes still on their way (applied within a moment) are looked at again after the index caught up.
     */
    public Consistency check() {
        Set<String> inDatabase = databaseIds();
        Set<String> inIndex = index.ids();
        if (!inDatabase.equals(inIndex)) {
            waitUntilCaughtUp(Duration.ofSeconds(5));
            inDatabase = databaseIds();
            inIndex = index.ids();
        }
        Set<String> missing = new TreeSet<>(inDatabase);
        missing.removeAll(inIndex);
        Set<String> ghosts = new TreeSet<>(inIndex);
        ghosts.removeAll(inDatabase);
        return new Consistency(inDatabase.size(), inIndex.size(), sample(missing), missing.size(), sample(ghosts),
                ghosts.size());
    }

    private Set<String> databaseIds() {
        return db.inTransaction(() -> {
            Set<String> ids = new HashSet<>();
            sources.forEach(s -> s.all().forEach(d -> ids.add(d.id())));
            return ids;
        });
    }

    private static List<String> sample(Set<String> ids) {
        return new ArrayList<>(ids).subList(0, Math.min(20, ids.size()));
    }

    /** Waits until every change in the outbox now is searchable, or the time is up; true if it caught up. */
    public boolean waitUntilCaughtUp(Duration atMost) {
        long target = db.inTransaction(outbox::head);
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            if (index.status().searchableSequence() >= target && seen >= target) {
                return true;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** Stops feeding and closes the index; what was applied but not committed is replayed at the next start. */
    @Override
    public void close() {
        writer.shutdown();
        rebuilder.shutdownNow();
        try {
            writer.awaitTermination(10, TimeUnit.SECONDS);
            index.commit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Search index: last commit failed; the next start replays from the previous one", e);
        }
        try {
            index.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Search index did not close cleanly", e);
        }
    }

    /** What an administrator sees of the index. */
    public record IndexState(long documents, long lastApplied, long lastCommitted, long outboxHead, long changesBehind,
                             boolean rebuilding, long rebuildDone, long rebuildTotal, String problem) {
    }

    /** The outcome of comparing the index with the database: up to 20 ids of each difference. */
    public record Consistency(long inDatabase, long inIndex, List<String> missing, long missingCount,
                              List<String> ghosts, long ghostCount) {
        public boolean agrees() {
            return missingCount == 0 && ghostCount == 0;
        }
    }
}
