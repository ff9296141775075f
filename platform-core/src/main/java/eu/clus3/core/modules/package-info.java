/**
 * The module plugin host: verifying uploaded artifacts, storing them in the database, loading and
 * running them with PF4J, the {@code ModuleContext} and {@code ModuleStore} modules get, the event bus,
 * modules' REST endpoints and search entries, and the administration of modules (REST and service).
 */
package eu.clus3.core.modules;
