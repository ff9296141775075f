package eu.clus3.core.modules;

import eu.clus3.core.modules.ModuleDescriptor.ModuleDependency;

import java.time.Instant;
import java.util.List;

/**
 * An installed module as administrators see it.
 *
 * @param id            its id
 * @param version       the installed version
 * @param description   what it says it does
 * @param provider      who made it
 * @param license       its licence
 * @param requires      the plugin-API versions it accepts
 * @param state         where it stands on this node
 * @param reason        why it is not running (failed, waiting, disabled), or null
 * @param enabled       whether an administrator wants it to run
 * @param bundled       whether it came with the platform
 * @param dependencies  the modules it needs
 * @param dependents    the installed modules that need it
 * @param contributions what it adds while running ("1 view", "REST endpoint", ...)
 * @param sha256        the SHA-256 of its artifact
 * @param size          the artifact's size in bytes
 * @param fileName      the name it was uploaded under
 * @param installedAt   when it was first installed
 * @param updatedAt     when it was last installed, upgraded, enabled or disabled
 * @param installedBy   who uploaded the installed version (null for bundled modules)
 * @param documents     how many documents it has stored
 * @param lockVersion   the record's version
 */
public record ModuleSummary(String id, String version, String description, String provider, String license,
                            String requires, ModuleState state, String reason, boolean enabled, boolean bundled,
                            List<ModuleDependency> dependencies, List<String> dependents, List<String> contributions,
                            String sha256, long size, String fileName, Instant installedAt, Instant updatedAt,
                            String installedBy, long documents, long lockVersion) {
}
