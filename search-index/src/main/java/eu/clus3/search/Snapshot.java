package eu.clus3.search;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

import java.io.IOException;

/**
 * A point-in-time searcher with the facet ordinals of its reader. The ordinals are built once per
 * reopen, on the reopen thread, so that no search pays for them.
 */
final class Snapshot extends IndexSearcher {

    private final SortedSetDocValuesReaderState facetState;

    private Snapshot(IndexReader reader, FacetsConfig config) throws IOException {
        super(reader);
        this.facetState = hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
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
