package eu.clus3.benchmarking.web;

import eu.clus3.benchmarking.edition.Edition;
import eu.clus3.benchmarking.edition.Text;

/**
 * An edition as {@code GET editions} lists it.
 *
 * @param published its publication date, {@code ""} when it has none
 * @param current   whether new benchmarkings use it
 */
public record EditionSummary(String id, Text title, String published, int areas, int indicators, boolean current) {

    static EditionSummary of(Edition e, String currentId) {
        return new EditionSummary(e.id(), e.title(), e.published() == null ? "" : e.published(), e.areas().size(),
                e.indicators().size(), e.id().equals(currentId));
    }
}
