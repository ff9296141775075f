package eu.clus3.core.forum;

/** A tag of the shared list and how many topics carry it. */
public record TagView(long id, String name, long topics) {
}
