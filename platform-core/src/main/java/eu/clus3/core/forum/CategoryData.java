package eu.clus3.core.forum;

/**
 * The editable part of a category.
 *
 * @param clusterId required when {@code visibility} is {@link CategoryVisibility#CLUSTER_MEMBERS}, ignored otherwise
 * @param sortOrder position on the forum home (ascending); 0 when left out
 */
public record CategoryData(String name, String description, CategoryVisibility visibility, Long clusterId,
                           Integer sortOrder) {
}
