/** Health checks reported at {@code /health} (MicroProfile Health): database, search index, plugins. */
package eu.clus3.core.health;
