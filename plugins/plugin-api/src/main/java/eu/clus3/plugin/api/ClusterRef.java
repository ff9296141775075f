package eu.clus3.plugin.api;

/** Which cluster organisation a contribution is about: its id, its short name in addresses, its name. */
public record ClusterRef(long id, String slug, String name) {
}
