package eu.clus3.plugin.api;

/**
 * A module's data: named collections of JSON documents, kept by the platform in its own database (so
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
}
