package eu.clus3.search;

import org.apache.lucene.document.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An online rebuild: the caller streams every document from its source of truth into a new index
 * directory while the old index keeps serving, then {@link #complete() completes} it, which swaps the
 * new index in.
 *
 * <p>The caller takes its snapshot as of a change sequence ({@code snapshotSequence}) and keeps feeding
 * live changes to the {@link SearchIndex} as usual. Live changes after the snapshot are applied to both
 * indexes; the new index remembers their ids, and a snapshot document for such an id is skipped (the live
 * change is newer). Live changes up to the snapshot are already in it and are not applied twice.
 */
public final class Rebuild {

    private final SearchIndex index;
    final IndexGeneration generation;
    final long snapshotSequence;
    private final long expected;
    private final AtomicLong done = new AtomicLong();
    private final Set<String> changedLive = new HashSet<>();
    private volatile boolean finished;

    Rebuild(SearchIndex index, IndexGeneration generation, long snapshotSequence, long expected) {
        this.index = index;
        this.generation = generation;
        this.snapshotSequence = snapshotSequence;
        this.expected = expected;
    }

    /** Writes one document of the snapshot (replacing any earlier one with its id). */
    public void add(SearchDocument document) {
        Document lucene = Schema.toLucene(document, index.facetsConfig());
        synchronized (changedLive) {
            ensureRunning();
            if (!changedLive.contains(document.id())) {
                try {
                    generation.writer.updateDocument(Schema.idTerm(document.id()), lucene);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        done.incrementAndGet();
    }

    /** Documents written so far. */
    public long done() {
        return done.get();
    }

    /** Documents announced when the rebuild started (0 if unknown). */
    public long expected() {
        return expected;
    }

    /** Makes the new index durable and searchable and swaps it in; the old one is then deleted. */
    public void complete() throws IOException {
        ensureRunning();
        index.swapIn(this);
        finished = true;
    }

    /** Gives up: the new directory is deleted, the old index goes on serving. */
    public void abort() {
        if (!finished) {
            finished = true;
            index.abandonRebuild(this);
        }
    }

    /** A live change (null document: a deletion), applied by the index under its write lock. */
    void live(String id, Document document, long sequence) throws IOException {
        if (sequence <= snapshotSequence) {
            return;
        }
        synchronized (changedLive) {
            changedLive.add(id);
            if (document == null) {
                generation.writer.deleteDocuments(Schema.idTerm(id));
            } else {
                generation.writer.updateDocument(Schema.idTerm(id), document);
            }
        }
    }

    private void ensureRunning() {
        if (finished) {
            throw new IllegalStateException("this rebuild has already finished");
        }
    }
}
