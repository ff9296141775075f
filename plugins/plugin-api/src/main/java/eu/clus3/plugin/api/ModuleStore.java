package eu.clus3.plugin.api;

/**
 * A module's data: named collections of JSON documents (and, since 1.3.0, {@link #files() files}), kept by the platform in its own database (so
 * backups, migrations and several nodes need nothing from the module). The data belongs to the module
 * id: it survives upgrades, disabling and uninstalling, and is only removed when an administrator
 * uninstalls the module asking to purge its data.
 */
public interface ModuleStore {

    /**
     * The collection of this name (letters, digits, '-', '_' and '.', at most 64 characters); it exists as
     * soon as a document is written to it.
     */
    DocumentCollection collection(String name);

    /**
     * The module's files (uploaded documents), kept and purged with its documents. A platform older than 1.3.0
     * has none: this default refuses, so modules that need files require {@code >=1.3.0} in {@code Plugin-Requires}.
     *
     * @since 1.3.0
     */
    default ModuleFiles files() {
        throw new UnsupportedOperationException("Module files need plugin API 1.3.0 or later");
    }
}
