/**
 * The contract between the Clus3 platform and its module plugins. A module compiles against this
 * package only (with PF4J, Vaadin and the Jakarta APIs as {@code provided} dependencies).
 *
 * <p>Extension points a module may implement, each optional: {@link eu.clus3.plugin.api.ViewContributor}
 * (pages and navigation entries), {@link eu.clus3.plugin.api.ClusterPanelContributor},
 * {@link eu.clus3.plugin.api.DashboardWidgetContributor}, {@link eu.clus3.plugin.api.RestEndpoint},
 * {@link eu.clus3.plugin.api.SearchEntrySource} and {@link eu.clus3.plugin.api.ModuleEventListener}.
 * What the platform offers a module comes through {@link eu.clus3.plugin.api.ModuleContext}.
 * See {@code plugins/README.md} for a complete example.
 */
package eu.clus3.plugin.api;
