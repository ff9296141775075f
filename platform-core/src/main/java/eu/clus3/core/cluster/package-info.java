/**
 * Cluster organisations: profiles with the eligibility facts of the label path, the directory, the
 * people in each cluster with their per-cluster roles, and logos.
 */
package eu.clus3.core.cluster;
