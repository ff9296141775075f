package eu.clus3.benchmarking.edition;

import eu.clus3.plugin.api.ModuleProblem;

/**
 * The edition new benchmarkings use: what an administrator sends to choose it ({@code PUT editions/current}) and
 * what the module keeps (collection {@code settings}, key {@code current-edition}).
 *
 * @param id the edition's id
 */
public record CurrentEdition(String id) {

    public CurrentEdition {
        if (id == null || id.isBlank()) {
            throw ModuleProblem.invalid("id", "benchmarking.required", "id is required");
        }
    }
}
