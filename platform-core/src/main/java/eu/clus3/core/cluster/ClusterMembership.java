package eu.clus3.core.cluster;

import eu.clus3.core.identity.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A person's role in one cluster organisation. */
@Entity
@Table(name = "cluster_memberships")
public class ClusterMembership {

    @Id
    @SequenceGenerator(name = "cluster_memberships_seq", sequenceName = "cluster_memberships_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cluster_memberships_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "cluster_id", nullable = false)
    private Cluster cluster;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private User user;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ClusterRole role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ClusterMembership() {
        // for JPA
    }

    ClusterMembership(Cluster cluster, User user, ClusterRole role, Instant now) {
        this.cluster = cluster;
        this.user = user;
        this.role = role;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public Cluster getCluster() { return cluster; }
    public User getUser() { return user; }
    public ClusterRole getRole() { return role; }
    public Instant getCreatedAt() { return createdAt; }

    void setRole(ClusterRole role) { this.role = role; }
}
