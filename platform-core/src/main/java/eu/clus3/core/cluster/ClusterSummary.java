package eu.clus3.core.cluster;

import java.util.Set;

/** A cluster as listed in the directory. */
public record ClusterSummary(long id, String slug, String name, String nutsCode, String regionName,
                             ComparativePortfolio portfolio, Set<SmartSpecialisationArea> s3Areas,
                             Integer foundingYear, int committedMembers, ClusterVisibility visibility) {
}
