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
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * A point-in-time searcher with the facet ordinals of its reader, per dimension. The ordinals are built
 * once per reopen, on the reopen thread, so that no search pays for them.
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

    private final Map<String, DimensionValues> facets;
    private final IndexSearcher sequential;

    private Snapshot(IndexReader reader, FacetsConfig config) throws IOException {
        super(reader, SLICES);
        this.sequential = new IndexSearcher(reader);
        Map<String, DimensionValues> dimensions = new HashMap<>();
        for (String field : facetFields(reader)) {
            SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, field, config);
            OrdinalMap ordinals = state.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues multi
                    ? multi.mapping : null;
            dimensions.put(field.substring(Schema.FACET_FIELD_PREFIX.length()), new DimensionValues(state, ordinals));
        }
        this.facets = Map.copyOf(dimensions);
    }

    /**
     * A facet dimension's values in this reader: their ordinals (in value order) and how each segment's
     * ordinals map to them ({@code ordinals} is null when they are the same: a single segment).
     */
    record DimensionValues(SortedSetDocValuesReaderState state, OrdinalMap ordinals) { }

    /**
     * The same reader searched on the caller's thread alone: for small top-n searches that stop early
     * (suggestions), where handing slices to other threads costs more than it saves.
     */
    IndexSearcher sequential() {
        return sequential;
    }

    /** The values of a facet dimension, or null while no document has one. */
    DimensionValues facetValues(String dimension) {
        return facets.get(dimension);
    }

    static SearcherFactory factory(FacetsConfig config) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                return new Snapshot(reader, config);
            }
        };
    }

    private static Set<String> facetFields(IndexReader reader) {
        Set<String> fields = new TreeSet<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            for (FieldInfo info : leaf.reader().getFieldInfos()) {
                if (info.name.startsWith(Schema.FACET_FIELD_PREFIX) && info.getDocValuesType() == DocValuesType.SORTED_SET) {
                    fields.add(info.name);
                }
            }
        }
        return fields;
    }
}
