package eu.clus3.core.cluster;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A valid cluster profile to start from, changed one fact at a time: the tests say only what matters
 * to them. The defaults meet every eligibility criterion. Public for the tests of other packages that
 * need a cluster (e.g. invitations into one).
 */
public final class ProfileBuilder {

    private String name;
    private String legalForm = "Consortium (consorzio)";
    private String nutsCode = "ITH44";
    private String regionName;
    private ComparativePortfolio portfolio = ComparativePortfolio.MARITIME_TECHNOLOGIES;
    private Set<SmartSpecialisationArea> s3Areas = EnumSet.of(SmartSpecialisationArea.MARITIME_TECHNOLOGIES);
    private Integer foundingYear = 2008;
    private String website = "https://cluster.example.org/en";
    private Boolean websiteInEnglish = true;
    private String description = "A cluster of **shipyards** and their suppliers.";
    private String contactEmail = "info@cluster.example.org";
    private String contactPhone = "+39 040 000 0101";
    private BigDecimal managementFte = new BigDecimal("2.5");
    private Map<MemberCategory, Integer> committedMembers = new EnumMap<>(Map.of(
            MemberCategory.SME, 20, MemberCategory.UNIVERSITY, 2, MemberCategory.PUBLIC_AGENCY, 1));
    private ClusterVisibility visibility = ClusterVisibility.PUBLIC;

    private ProfileBuilder(String name) {
        this.name = name;
    }

    public static ProfileBuilder profile(String name) {
        return new ProfileBuilder(name);
    }

    /** Starts from an existing profile, e.g. the one a service returned. */
    static ProfileBuilder from(ClusterProfileData p) {
        ProfileBuilder b = new ProfileBuilder(p.name());
        b.legalForm = p.legalForm();
        b.nutsCode = p.nutsCode();
        b.regionName = p.regionName();
        b.portfolio = p.portfolio();
        b.s3Areas = p.s3Areas().isEmpty() ? EnumSet.noneOf(SmartSpecialisationArea.class) : EnumSet.copyOf(p.s3Areas());
        b.foundingYear = p.foundingYear();
        b.website = p.website();
        b.websiteInEnglish = p.websiteInEnglish();
        b.description = p.description();
        b.contactEmail = p.contactEmail();
        b.contactPhone = p.contactPhone();
        b.managementFte = p.managementFte();
        b.committedMembers = new EnumMap<>(MemberCategory.class);
        b.committedMembers.putAll(p.committedMembers());
        b.visibility = p.visibility();
        return b;
    }

    public ProfileBuilder name(String value) { name = value; return this; }
    public ProfileBuilder legalForm(String value) { legalForm = value; return this; }
    public ProfileBuilder nuts(String code) { nutsCode = code; return this; }
    public ProfileBuilder region(String value) { regionName = value; return this; }
    public ProfileBuilder portfolio(ComparativePortfolio value) { portfolio = value; return this; }
    ProfileBuilder s3(SmartSpecialisationArea... areas) {
        s3Areas = areas.length == 0 ? EnumSet.noneOf(SmartSpecialisationArea.class) : EnumSet.of(areas[0], areas);
        return this;
    }
    public ProfileBuilder founded(Integer year) { foundingYear = year; return this; }
    public ProfileBuilder website(String url, Boolean inEnglish) { website = url; websiteInEnglish = inEnglish; return this; }
    public ProfileBuilder description(String value) { description = value; return this; }
    public ProfileBuilder email(String value) { contactEmail = value; return this; }
    public ProfileBuilder phone(String value) { contactPhone = value; return this; }
    public ProfileBuilder fte(String value) { managementFte = value == null ? null : new BigDecimal(value); return this; }
    public ProfileBuilder members(Map<MemberCategory, Integer> counts) {
        committedMembers = new EnumMap<>(MemberCategory.class);
        committedMembers.putAll(counts);
        return this;
    }
    public ProfileBuilder members(MemberCategory category, Integer count) {
        committedMembers = new EnumMap<>(MemberCategory.class);
        committedMembers.put(category, count);
        return this;
    }
    public ProfileBuilder visibility(ClusterVisibility value) { visibility = value; return this; }

    public ClusterProfileData build() {
        return new ClusterProfileData(name, legalForm, nutsCode, regionName, portfolio, s3Areas, foundingYear, website,
                websiteInEnglish, description, contactEmail, contactPhone, managementFte, committedMembers, visibility);
    }
}
