/**
 * The platform database: connection pool, versioned migrations (Flyway) and the JPA unit, with
 * explicit transactions. The same code path runs in the server and in the persistence tests.
 */
package eu.clus3.core.database;
