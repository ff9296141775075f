package eu.clus3.search;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
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
 * (one counter per slice, summed at the end), reading only the requested dimensions' fields. Lucene's
 * own way collects every match into a bit set first and counts afterwards on the caller's thread; over a
 * million documents that second pass was a third of a faceted search (search-index/BENCHMARKS.md).
 *
 * <p>Values are counted per ordinal of the reader's facet state, so the top values come out in the same
 * order as Lucene's {@code SortedSetDocValuesFacetCounts}: by count, then by value.
 */
final class FacetCounter implements CollectorManager<FacetCounter.SliceCounter, FacetCounter.Counts> {

    /**
     * The date ranges of the "date" facet, newest first: "upcoming" is everything dated after now (an event, a
     * deadline), so the past ranges hold only what already happened; "older" is everything before a year ago.
     */
    static final List<String> DATE_RANGES = List.of("upcoming", "past day", "past week", "past month", "past year",
            "older");

    /** The requested dimensions that have values in the reader, in request order. */
    private final List<String> dimensions;
    private final List<Snapshot.DimensionValues> values;
    private final boolean dates;
    private final long now;
    private final long[] dateFrom;

    /**
     * @param searcher   the searcher whose facet ordinals are counted
     * @param requested  the dimensions asked for ("date" for the date ranges)
     * @param now        the instant the date ranges are relative to
     */
    FacetCounter(Snapshot searcher, Collection<String> requested, Instant now) {
        this.dimensions = new ArrayList<>();
        this.values = new ArrayList<>();
        for (String dimension : requested) {
            Snapshot.DimensionValues dimensionValues = searcher.facetValues(dimension);
            if (dimensionValues != null && !dimensions.contains(dimension)) {
                dimensions.add(dimension);
                values.add(dimensionValues);
            }
        }
        this.dates = requested.contains(Schema.DIM_DATE);
        this.now = now.toEpochMilli();
        long day = Duration.ofDays(1).toMillis();
        this.dateFrom = new long[]{this.now - day, this.now - 7 * day, this.now - 30 * day, this.now - 365 * day};
    }

    @Override
    public SliceCounter newCollector() {
        return new SliceCounter();
    }

    @Override
    public Counts reduce(Collection<SliceCounter> slices) {
        int[][] counts = newCounts();
        long[] dateCounts = new long[DATE_RANGES.size()];
        long total = 0;
        for (SliceCounter slice : slices) {
            for (int d = 0; d < counts.length; d++) {
                for (int i = 0; i < counts[d].length; i++) {
                    counts[d][i] += slice.counts[d][i];
                }
            }
            for (int i = 0; i < dateCounts.length; i++) {
                dateCounts[i] += slice.dateCounts[i];
            }
            total += slice.total;
        }
        return new Counts(this, counts, dateCounts, total);
    }

    private int[][] newCounts() {
        int[][] counts = new int[values.size()][];
        for (int d = 0; d < counts.length; d++) {
            counts[d] = new int[values.get(d).state().getSize()];
        }
        return counts;
    }

    /** The counts of one slice of the index. */
    final class SliceCounter extends SimpleCollector {
        private final int[][] counts = newCounts();
        private final long[] dateCounts = new long[DATE_RANGES.size()];
        private final SortedSetDocValues[] multi = new SortedSetDocValues[values.size()];
        /** A dimension's values in segments where no document has two: read one ordinal, not a list. */
        private final SortedDocValues[] single = new SortedDocValues[values.size()];
        private final LongValues[] toReader = new LongValues[values.size()];
        private long total;
        private NumericDocValues dateValues;

        @Override
        protected void doSetNextReader(LeafReaderContext leaf) throws IOException {
            for (int d = 0; d < counts.length; d++) {
                Snapshot.DimensionValues dimension = values.get(d);
                SortedSetDocValues segment = DocValues.getSortedSet(leaf.reader(), dimension.state().getField());
                single[d] = DocValues.unwrapSingleton(segment);
                multi[d] = single[d] == null ? segment : null;
                toReader[d] = dimension.ordinals() == null ? LongValues.IDENTITY
                        : dimension.ordinals().getGlobalOrds(leaf.ord);
            }
            dateValues = dates ? DocValues.getNumeric(leaf.reader(), Schema.DATE) : null;
        }

        @Override
        public void collect(int doc) throws IOException {
            total++;
            for (int d = 0; d < counts.length; d++) {
                if (single[d] != null) {
                    if (single[d].advanceExact(doc)) {
                        counts[d][(int) toReader[d].get(single[d].ordValue())]++;
                    }
                } else if (multi[d].advanceExact(doc)) {
                    for (int i = 0, n = multi[d].docValueCount(); i < n; i++) {
                        counts[d][(int) toReader[d].get(multi[d].nextOrd())]++;
                    }
                }
            }
            if (dateValues != null && dateValues.advanceExact(doc)) {
                countDate(dateValues.longValue());
            }
        }

        private void countDate(long millis) {
            if (millis > now) {
                dateCounts[0]++;
                return;
            }
            boolean recent = false;
            for (int i = 0; i < dateFrom.length; i++) {
                if (millis >= dateFrom[i]) {
                    dateCounts[i + 1]++;
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
        private final FacetCounter counter;
        private final int[][] counts;
        private final long[] dateCounts;
        private final long total;

        private Counts(FacetCounter counter, int[][] counts, long[] dateCounts, long total) {
            this.counter = counter;
            this.counts = counts;
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
            int d = counter.dimensions.indexOf(dimension);
            if (d < 0) {
                return List.of();
            }
            SortedSetDocValuesReaderState state = counter.values.get(d).state();
            SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dimension);
            if (range == null) {
                return List.of();
            }
            List<int[]> found = new ArrayList<>();
            for (int ord = range.start; ord <= range.end; ord++) {
                if (counts[d][ord] > 0) {
                    found.add(new int[]{ord, counts[d][ord]});
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
