package eu.clus3.search;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.LongValues;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Counts facet values while the search collects its matches, in the same pass and on the same threads
 * (one counter per slice, summed at the end). Lucene's own way collects every match into a bit set
 * first and counts afterwards on the caller's thread; over a million documents that second pass was a
 * third of a faceted search (profiled in search-index/BENCHMARKS.md).
 *
 * <p>Values are counted per global ordinal of the reader's facet state, so the top values come out in
 * the same order as Lucene's {@code SortedSetDocValuesFacetCounts}: by count, then by value.
 */
final class FacetCounter implements CollectorManager<FacetCounter.SliceCounter, FacetCounter.Counts> {

    /** The date ranges of the "date" facet, newest first; "older" is everything before a year ago. */
    static final List<String> DATE_RANGES = List.of("past day", "past week", "past month", "past year", "older");

    private final SortedSetDocValuesReaderState state;
    private final OrdinalMap ordinals;
    private final boolean dates;
    private final long[] dateFrom;

    /**
     * @param state    the searcher's facet ordinals, or null when no document has a facet value yet
     * @param ordinals how segment ordinals map to the state's, or null when they are the same
     * @param dates    whether to count the date ranges too
     * @param now      the instant the date ranges are relative to
     */
    FacetCounter(SortedSetDocValuesReaderState state, OrdinalMap ordinals, boolean dates, Instant now) {
        this.state = state;
        this.ordinals = ordinals;
        this.dates = dates;
        long at = now.toEpochMilli();
        long day = Duration.ofDays(1).toMillis();
        this.dateFrom = new long[]{at - day, at - 7 * day, at - 30 * day, at - 365 * day};
    }

    @Override
    public SliceCounter newCollector() {
        return new SliceCounter();
    }

    @Override
    public Counts reduce(Collection<SliceCounter> slices) {
        int[] values = new int[state == null ? 0 : state.getSize()];
        long[] dateCounts = new long[DATE_RANGES.size()];
        long total = 0;
        for (SliceCounter slice : slices) {
            for (int i = 0; i < values.length; i++) {
                values[i] += slice.values[i];
            }
            for (int i = 0; i < dateCounts.length; i++) {
                dateCounts[i] += slice.dateCounts[i];
            }
            total += slice.total;
        }
        return new Counts(state, values, dateCounts, total);
    }

    /** The counts of one slice of the index. */
    final class SliceCounter extends SimpleCollector {
        private final int[] values = new int[state == null ? 0 : state.getSize()];
        private final long[] dateCounts = new long[DATE_RANGES.size()];
        private long total;
        private SortedSetDocValues segmentValues;
        private LongValues toGlobal;
        private NumericDocValues dateValues;

        @Override
        protected void doSetNextReader(LeafReaderContext leaf) throws IOException {
            segmentValues = state == null ? null : DocValues.getSortedSet(leaf.reader(), state.getField());
            toGlobal = ordinals == null ? LongValues.IDENTITY : ordinals.getGlobalOrds(leaf.ord);
            dateValues = dates ? DocValues.getNumeric(leaf.reader(), Schema.DATE) : null;
        }

        @Override
        public void collect(int doc) throws IOException {
            total++;
            if (segmentValues != null && segmentValues.advanceExact(doc)) {
                for (int i = 0, n = segmentValues.docValueCount(); i < n; i++) {
                    values[(int) toGlobal.get(segmentValues.nextOrd())]++;
                }
            }
            if (dateValues != null && dateValues.advanceExact(doc)) {
                countDate(dateValues.longValue());
            }
        }

        private void countDate(long millis) {
            boolean recent = false;
            for (int i = 0; i < dateFrom.length; i++) {
                if (millis >= dateFrom[i]) {
                    dateCounts[i]++;
                    recent = true;
                }
            }
            if (!recent) {
                dateCounts[DATE_RANGES.size() - 1]++;
            }
        }

        @Override
        public void setScorer(Scorable scorer) {
            // counting needs no scores
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** A search's facet counts and its number of matches. */
    static final class Counts {
        private final SortedSetDocValuesReaderState state;
        private final int[] values;
        private final long[] dateCounts;
        private final long total;

        private Counts(SortedSetDocValuesReaderState state, int[] values, long[] dateCounts, long total) {
            this.state = state;
            this.values = values;
            this.dateCounts = dateCounts;
            this.total = total;
        }

        /** The number of documents that matched. */
        long total() {
            return total;
        }

        /**
         * The most frequent values of a dimension with their counts (zeros left out), most frequent first
         * and, among equal counts, in the order of the values.
         */
        List<SearchResults.FacetCount> top(String dimension, int limit) throws IOException {
            if (dimension.equals(Schema.DIM_DATE)) {
                List<SearchResults.FacetCount> ranges = new ArrayList<>();
                for (int i = 0; i < dateCounts.length; i++) {
                    if (dateCounts[i] > 0) {
                        ranges.add(new SearchResults.FacetCount(DATE_RANGES.get(i), dateCounts[i]));
                    }
                }
                return ranges;
            }
            SortedSetDocValuesReaderState.OrdRange range = state == null ? null : state.getOrdRange(dimension);
            if (range == null) {
                return List.of();
            }
            List<int[]> found = new ArrayList<>();
            for (int ord = range.start; ord <= range.end; ord++) {
                if (values[ord] > 0) {
                    found.add(new int[]{ord, values[ord]});
                }
            }
            found.sort(Comparator.<int[]>comparingInt(v -> -v[1]).thenComparingInt(v -> v[0]));
            SortedSetDocValues labels = state.getDocValues();
            List<SearchResults.FacetCount> top = new ArrayList<>(Math.min(limit, found.size()));
            for (int[] v : found.subList(0, Math.min(limit, found.size()))) {
                String[] path = FacetsConfig.stringToPath(labels.lookupOrd(v[0]).utf8ToString());
                top.add(new SearchResults.FacetCount(path[1], v[1]));
            }
            return top;
        }
    }
}
