package eu.clus3.core.cluster;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A cluster organisation: the legal body that manages a network of companies, research and public actors. */
@Entity
@Table(name = "clusters")
public class Cluster {

    @Id
    @SequenceGenerator(name = "clusters_seq", sequenceName = "clusters_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "clusters_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String slug;
    @Column(nullable = false, length = 200)
    private String name;
    /** The name folded for the uniqueness check: "DITENAVE" and "ditenave " are the same cluster. */
    @Column(name = "name_key", nullable = false, unique = true, length = 200)
    private String nameKey;
    @Column(name = "legal_form", length = 100)
    private String legalForm;
    @Column(name = "nuts_code", nullable = false, length = 5)
    private String nutsCode;
    @Column(name = "region_name", nullable = false, length = 120)
    private String regionName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private ComparativePortfolio portfolio;
    @Column(name = "founding_year")
    private Integer foundingYear;
    @Column(length = 300)
    private String website;
    @Column(name = "website_in_english", nullable = false)
    private boolean websiteInEnglish;
    @Column(length = 20000)
    private String description;
    @Column(name = "contact_email", length = 254)
    private String contactEmail;
    @Column(name = "contact_phone", length = 40)
    private String contactPhone;
    @Column(name = "management_fte", nullable = false, precision = 6, scale = 2)
    private BigDecimal managementFte;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ClusterVisibility visibility;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cluster_s3_areas", joinColumns = @JoinColumn(name = "cluster_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "area", length = 40)
    private Set<SmartSpecialisationArea> s3Areas = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cluster_member_counts", joinColumns = @JoinColumn(name = "cluster_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "category", length = 40)
    @Column(name = "committed_members")
    private Map<MemberCategory, Integer> committedMembers = new HashMap<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Cluster() {
        // for JPA
    }

    Cluster(String slug, ClusterProfileData data, Instant now) {
        this.slug = slug;
        this.createdAt = now;
        apply(data, now);
    }

    /** Replaces the editable profile with {@code data} (already validated by the service). */
    void apply(ClusterProfileData data, Instant now) {
        this.name = data.name().trim();
        this.nameKey = nameKey(data.name());
        this.legalForm = data.legalForm();
        this.nutsCode = data.nutsCode();
        this.regionName = data.regionName();
        this.portfolio = data.portfolio();
        this.foundingYear = data.foundingYear();
        this.website = data.website();
        this.websiteInEnglish = Boolean.TRUE.equals(data.websiteInEnglish());
        this.description = data.description();
        this.contactEmail = data.contactEmail();
        this.contactPhone = data.contactPhone();
        this.managementFte = data.managementFte();
        this.visibility = data.visibility();
        this.s3Areas.clear();
        this.s3Areas.addAll(data.s3Areas());
        this.committedMembers.clear();
        data.committedMembers().forEach((category, count) -> {
            if (count != null && count > 0) {
                this.committedMembers.put(category, count);
            }
        });
        this.updatedAt = now;
    }

    static String nameKey(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    public ClusterProfileData profile() {
        Map<MemberCategory, Integer> counts = new EnumMap<>(MemberCategory.class);
        counts.putAll(committedMembers);
        return new ClusterProfileData(name, legalForm, nutsCode, regionName, portfolio,
                s3Areas.isEmpty() ? EnumSet.noneOf(SmartSpecialisationArea.class) : EnumSet.copyOf(s3Areas),
                foundingYear, website, websiteInEnglish, description, contactEmail, contactPhone, managementFte,
                counts, visibility);
    }

    public int committedTotal() {
        return committedMembers.values().stream().mapToInt(Integer::intValue).sum();
    }

    public Long getId() { return id; }
    public String getSlug() { return slug; }
    public String getName() { return name; }
    public String getNutsCode() { return nutsCode; }
    public String getRegionName() { return regionName; }
    public ComparativePortfolio getPortfolio() { return portfolio; }
    public Integer getFoundingYear() { return foundingYear; }
    public ClusterVisibility getVisibility() { return visibility; }
    public Set<SmartSpecialisationArea> getS3Areas() { return s3Areas; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
