package eu.clus3.core.forum;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A forum category (Governance, Financing...), with who may read it and who moderates it. */
@Entity
@Table(name = "forum_categories")
public class ForumCategory {

    @Id
    @SequenceGenerator(name = "forum_categories_seq", sequenceName = "forum_categories_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_categories_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String slug;
    @Column(nullable = false, length = 100)
    private String name;
    @Column(length = 2000)
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CategoryVisibility visibility;
    /** The cluster whose people may read a {@link CategoryVisibility#CLUSTER_MEMBERS} category. */
    @Column(name = "cluster_id")
    private Long clusterId;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "forum_category_moderators", joinColumns = @JoinColumn(name = "category_id"))
    @Column(name = "user_id")
    private Set<Long> moderatorIds = new HashSet<>();

    @Version
    private long version;

    protected ForumCategory() {
        // for JPA
    }

    ForumCategory(String slug, CategoryData data, Instant now) {
        this.slug = slug;
        this.createdAt = now;
        apply(data);
    }

    void apply(CategoryData data) {
        this.name = data.name();
        this.description = data.description();
        this.visibility = data.visibility();
        this.clusterId = data.visibility() == CategoryVisibility.CLUSTER_MEMBERS ? data.clusterId() : null;
        this.sortOrder = data.sortOrder() == null ? 0 : data.sortOrder();
    }

    public Long getId() { return id; }
    public String getSlug() { return slug; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public CategoryVisibility getVisibility() { return visibility; }
    public Long getClusterId() { return clusterId; }
    public int getSortOrder() { return sortOrder; }
    public Instant getCreatedAt() { return createdAt; }
    public Set<Long> getModeratorIds() { return moderatorIds; }
    public long getVersion() { return version; }
}
