package eu.clus3.core.cluster;

/** Categories of committed members, grouped into the kinds of the triple helix. */
public enum MemberCategory {
    SME(Helix.BUSINESS),
    LARGE_COMPANY(Helix.BUSINESS),
    RESEARCH_INSTITUTE(Helix.RESEARCH),
    UNIVERSITY(Helix.RESEARCH),
    TRAINING_PROVIDER(Helix.RESEARCH),
    FINANCIAL_INTERMEDIARY(Helix.BUSINESS),
    CONSULTANT(Helix.BUSINESS),
    PUBLIC_AGENCY(Helix.PUBLIC),
    OTHER(null);

    public enum Helix { BUSINESS, RESEARCH, PUBLIC }

    private final Helix helix;

    MemberCategory(Helix helix) {
        this.helix = helix;
    }

    /** The helix kind, or null for members that count towards none (OTHER). */
    public Helix helix() {
        return helix;
    }
}
