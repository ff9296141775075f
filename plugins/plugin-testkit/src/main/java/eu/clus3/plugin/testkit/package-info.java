/**
 * The plugin test kit: {@link eu.clus3.plugin.testkit.TestModuleContext}, a {@code ModuleContext} whose store is
 * the platform's own, on H2 or PostgreSQL ({@link eu.clus3.plugin.testkit.ModuleDatabase}), and
 * {@link eu.clus3.plugin.testkit.OnEveryDatabase} to run a test class on each. Modules use it in tests only.
 */
package eu.clus3.plugin.testkit;
