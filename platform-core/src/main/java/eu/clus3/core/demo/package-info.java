/**
 * The demo data set ({@code ./run.sh --demo}): realistic people and, as features land, clusters,
 * forum discussions and module content, written into an empty database through the services.
 */
package eu.clus3.core.demo;
