/**
 * Test databases (H2 files and one embedded PostgreSQL per JVM, migrated like production) and helpers for
 * persistence tests. Also packed as this module's {@code tests} jar, which {@code plugins/plugin-testkit} uses.
 */
package eu.clus3.core.testing;
