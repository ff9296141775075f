package eu.clus3.core.cluster;

/** What the directory is narrowed to; every part is optional. */
public record ClusterFilter(String text, String nutsPrefix, ComparativePortfolio portfolio,
                            SmartSpecialisationArea s3Area, Sort sort) {

    public enum Sort { NAME, REGION, FOUNDING_YEAR, NEWEST }

    public static ClusterFilter all() {
        return new ClusterFilter(null, null, null, null, Sort.NAME);
    }
}
