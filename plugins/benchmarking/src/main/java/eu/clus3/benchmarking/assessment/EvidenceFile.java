package eu.clus3.benchmarking.assessment;

/**
 * A file attached to an indicator's answer as evidence, as the benchmarking records it; the bytes are in the
 * platform's module file store ({@code ModuleStore.files()}) under the benchmarking's key.
 *
 * @param id         the file's id in the store
 * @param name       its name, as uploaded
 * @param size       its size in bytes
 * @param type       its type, found by the platform from its content (e.g. {@code application/pdf})
 * @param uploadedBy the username of who attached it
 * @param uploadedAt when (ISO-8601)
 */
public record EvidenceFile(String id, String name, long size, String type, String uploadedBy, String uploadedAt) {
}
