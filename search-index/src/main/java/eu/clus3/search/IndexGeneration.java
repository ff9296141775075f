package eu.clus3.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NRTCachingDirectory;
import org.apache.lucene.util.IOUtils;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One index directory in use: its single writer, the searcher manager fed by it, and the reopen thread
 * that bounds staleness. Writes register a future that completes once a reopen has made them visible.
 */
final class IndexGeneration implements Closeable {

    final Path path;
    final Directory directory;
    final IndexWriter writer;
    final SearcherManager searchers;
    private final ControlledRealTimeReopenThread<IndexSearcher> reopener;

    private record Pending(long generation, long sequence, CompletableFuture<Void> future) { }

    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private long visibleGeneration = -1;
    private Map<String, String> committedAtOpen = Map.of();
    private volatile long searchableSequence;
    private volatile long refreshingGeneration;

    private IndexGeneration(Path path, Directory directory, IndexWriter writer, FacetsConfig facets,
                            IndexSettings settings, long searchableSequence) throws IOException {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.searchableSequence = searchableSequence;
        this.searchers = new SearcherManager(writer, Snapshot.factory(facets));
        searchers.addListener(new ReferenceManager.RefreshListener() {
            @Override
            public void beforeRefresh() {
                refreshingGeneration = writer.getMaxCompletedSequenceNumber();
            }

            @Override
            public void afterRefresh(boolean didRefresh) {
                completeUpTo(refreshingGeneration);
            }
        });
        this.reopener = new ControlledRealTimeReopenThread<>(writer, searchers,
                settings.maxStaleness().toNanos() / 1e9, settings.minStaleness().toNanos() / 1e9);
        reopener.setName("clus3-index-reopen " + path.getFileName());
        reopener.setDaemon(true);
    }

    /** Starts reopening: a generation being rebuilt does not, since nobody searches it until the swap. */
    IndexGeneration serve() {
        if (!reopener.isAlive()) {
            reopener.start();
        }
        return this;
    }

    /** A new, empty index in an empty directory, committed at once so that it exists on disk. */
    static IndexGeneration create(Path path, Analyzer analyzer, FacetsConfig facets, IndexSettings settings,
                                  long sequence) throws IOException {
        Directory directory = directory(path);
        try {
            IndexWriter writer = new IndexWriter(directory, config(analyzer, settings, IndexWriterConfig.OpenMode.CREATE));
            writer.setLiveCommitData(SearchIndex.commitData(sequence).entrySet());
            writer.commit();
            return new IndexGeneration(path, directory, writer, facets, settings, sequence);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(directory);
            throw e;
        }
    }

    /** An existing index; fails if there is none or it cannot be read. */
    static IndexGeneration open(Path path, Analyzer analyzer, FacetsConfig facets, IndexSettings settings)
            throws IOException {
        Directory directory = directory(path);
        IndexWriter writer = null;
        try {
            // reading the last commit first fails fast on a missing or damaged segments file
            Map<String, String> committed = SegmentInfos.readLatestCommit(directory).getUserData();
            writer = new IndexWriter(directory, config(analyzer, settings, IndexWriterConfig.OpenMode.APPEND));
            writer.setLiveCommitData(committed.entrySet(), false);
            IndexGeneration generation = new IndexGeneration(path, directory, writer, facets, settings,
                    SearchIndex.sequenceOf(committed));
            generation.committedAtOpen = Map.copyOf(committed);
            return generation;
        } catch (IOException | RuntimeException e) {
            if (writer != null) {
                IOUtils.closeWhileHandlingException(writer::rollback);
            }
            IOUtils.closeWhileHandlingException(directory);
            throw e;
        }
    }

    /**
     * Small freshly flushed segments stay in memory until merged or committed: a reopen then costs no
     * file writes, which keeps the staleness bound under a steady write load.
     */
    private static Directory directory(Path path) throws IOException {
        return new NRTCachingDirectory(FSDirectory.open(path), 8.0, 64.0);
    }

    private static IndexWriterConfig config(Analyzer analyzer, IndexSettings settings, IndexWriterConfig.OpenMode mode) {
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(mode);
        config.setRAMBufferSizeMB(settings.ramBufferMb());
        config.setCommitOnClose(false);
        // flushed segments are short-lived (merged soon): skip packing them into a compound file
        config.setUseCompoundFile(false);
        return config;
    }

    /** The user data of the commit this generation was opened from (empty for a new one). */
    Map<String, String> committedAtOpen() {
        return committedAtOpen;
    }

    /** A future that completes when the write with this writer sequence number is searchable. */
    CompletableFuture<Void> whenSearchable(long generation, long sequence) {
        CompletableFuture<Void> future = new CompletableFuture<>();
        synchronized (pending) {
            if (generation <= visibleGeneration) {
                searchableSequence = Math.max(searchableSequence, sequence);
                future.complete(null);
            } else {
                pending.add(new Pending(generation, sequence, future));
            }
        }
        return future;
    }

    /** Asks the reopen thread to reopen soon (at the minimum staleness) rather than at the maximum. */
    void hurry(long generation) {
        try {
            reopener.waitForGeneration(generation, 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    long searchableSequence() {
        return searchableSequence;
    }

    private void completeUpTo(long generation) {
        long sequence = -1;
        synchronized (pending) {
            visibleGeneration = Math.max(visibleGeneration, generation);
            while (!pending.isEmpty() && pending.peek().generation() <= generation) {
                Pending p = pending.poll();
                sequence = Math.max(sequence, p.sequence());
                p.future().complete(null);
            }
            if (sequence >= 0) {
                searchableSequence = Math.max(searchableSequence, sequence);
            }
        }
    }

    /** Completes every waiting write (its change is searchable elsewhere, e.g. in a swapped-in index). */
    void releaseWaiting() {
        synchronized (pending) {
            pending.forEach(p -> p.future().complete(null));
            pending.clear();
        }
    }

    /** Stops reopening and closes the writer, discarding what was not committed (a crash, seen from disk). */
    void abandon() {
        IOUtils.closeWhileHandlingException(reopener, searchers, writer::rollback);
        synchronized (pending) {
            pending.forEach(p -> p.future().cancel(false));
            pending.clear();
        }
    }

    /** Closes everything but the directory, which in-flight searches may still read. */
    void closeKeepingDirectory() throws IOException {
        try {
            IOUtils.close(reopener, searchers, writer);
        } finally {
            releaseWaiting();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            closeKeepingDirectory();
        } finally {
            directory.close();
        }
    }
}
