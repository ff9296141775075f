package eu.clus3.search;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How an index behaves.
 *
 * @param facetDimensions the caller's own facet dimensions (e.g. cluster, region, sector, category): the
 *                        query language reads {@code dimension:value} as a filter only for these (and the
 *                        built-in "type", "language", "tag", "author"); documents may carry others
 * @param maxStaleness    how long a write may stay invisible to searches: the reopen thread refreshes
 *                        at least this often while writes arrive
 * @param minStaleness    the fastest the searcher is reopened when asked to
 * @param commitInterval  how often changes are made durable (only if something changed); what is lost
 *                        in a crash is replayed from the caller's recorded sequence
 * @param ramBufferMb     the writer's buffer before it flushes a segment
 */
public record IndexSettings(List<String> facetDimensions, Duration maxStaleness, Duration minStaleness,
                            Duration commitInterval, double ramBufferMb) {

    public IndexSettings {
        facetDimensions = List.copyOf(Objects.requireNonNull(facetDimensions));
        Objects.requireNonNull(maxStaleness);
        Objects.requireNonNull(minStaleness);
        Objects.requireNonNull(commitInterval);
        if (minStaleness.compareTo(maxStaleness) > 0) {
            throw new IllegalArgumentException("minStaleness must not exceed maxStaleness");
        }
    }

    /** Visible within half a second, durable within five, no extra facet dimensions. */
    public static IndexSettings defaults() {
        return new IndexSettings(List.of(), Duration.ofMillis(500), Duration.ofMillis(20), Duration.ofSeconds(5), 48);
    }

    public IndexSettings withFacetDimensions(String... dimensions) {
        return new IndexSettings(List.of(dimensions), maxStaleness, minStaleness, commitInterval, ramBufferMb);
    }

    public IndexSettings withStaleness(Duration min, Duration max) {
        return new IndexSettings(facetDimensions, max, min, commitInterval, ramBufferMb);
    }

    public IndexSettings withCommitInterval(Duration interval) {
        return new IndexSettings(facetDimensions, maxStaleness, minStaleness, interval, ramBufferMb);
    }

    public IndexSettings withRamBufferMb(double mb) {
        return new IndexSettings(facetDimensions, maxStaleness, minStaleness, commitInterval, mb);
    }
}
