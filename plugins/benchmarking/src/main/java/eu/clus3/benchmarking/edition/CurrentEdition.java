package eu.clus3.benchmarking.edition;

/**
 * The edition new benchmarkings use: what an administrator sends to choose it ({@code PUT editions/current}) and
 * what the module keeps (collection {@code settings}, key {@code current-edition}).
 *
 * @param id the edition's id
 */
public record CurrentEdition(String id) {
}
