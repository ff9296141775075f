package eu.clus3.core.cluster;

/** What the viewer may do with one cluster; the service checks each again when it is done. */
public record ClusterPermissions(boolean edit, boolean seePeople, boolean managePeople, boolean seeAudit) {
}
