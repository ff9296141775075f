package eu.clus3.benchmarking.web;

import eu.clus3.plugin.api.DocumentRevision;

import java.time.Instant;

/**
 * One saved version of a benchmarking, as {@code GET benchmarkings/{key}/revisions} lists it.
 *
 * @param changedBy the username of who saved it, {@code ""} for the module itself (demo data)
 */
public record Revision(long version, Instant changedAt, String changedBy) {

    static Revision of(DocumentRevision r) {
        return new Revision(r.version(), r.changedAt(), r.changedBy() == null ? "" : r.changedBy());
    }
}
