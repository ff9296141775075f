package eu.clus3.benchmarking.web;

import eu.clus3.benchmarking.edition.Edition;

/** What {@code POST editions} imported. */
public record ImportedEdition(String id, int areas, int indicators) {

    static ImportedEdition of(Edition e) {
        return new ImportedEdition(e.id(), e.areas().size(), e.indicators().size());
    }
}
