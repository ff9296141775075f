package eu.clus3.search;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * A point-in-time searcher with the facet ordinals of its reader. The ordinals are built once per
 * reopen, on the reopen thread, so that no search pays for them.
 */
final class Snapshot extends IndexSearcher {

    /**
     * Searches the slices of a large index on all cores at once: a query over a million documents is mostly
     * the visit of its matches (scores, facet counts), which splits across segments. One pool for the JVM,
     * daemon threads; an index of a few hundred thousand documents is a single slice and stays on the
     * caller's thread.
     */
    private static final Executor SLICES = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "clus3-search-slice");
                t.setDaemon(true);
                return t;
            });

    private final SortedSetDocValuesReaderState facetState;
    private final OrdinalMap facetOrdinals;

    private Snapshot(IndexReader reader, FacetsConfig config) throws IOException {
        super(reader, SLICES);
        this.facetState = hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
        this.facetOrdinals = facetState != null
                && facetState.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
    }

    /**
     * How each segment's facet ordinals map to the reader's (those of {@link #facetState()}); null when
     * they are the same (a single segment) or when there are no facets.
     */
    OrdinalMap facetOrdinals() {
        return facetOrdinals;
    }

    /** The facet ordinals, or null while no document has any facet value. */
    SortedSetDocValuesReaderState facetState() {
        return facetState;
    }

    static SearcherFactory factory(FacetsConfig config) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                return new Snapshot(reader, config);
            }
        };
    }

    private static boolean hasFacets(IndexReader reader) {
        for (LeafReaderContext leaf : reader.leaves()) {
            FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
            if (info != null && info.getDocValuesType() == DocValuesType.SORTED_SET) {
                return true;
            }
        }
        return false;
    }
}
