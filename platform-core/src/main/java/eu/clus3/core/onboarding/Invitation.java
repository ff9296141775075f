package eu.clus3.core.onboarding;

import eu.clus3.core.cluster.ClusterRole;
import eu.clus3.core.identity.PlatformRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** An invitation to open an account, optionally with a role in a cluster; usable once, until it expires. */
@Entity
@Table(name = "invitations")
public class Invitation {

    @Id
    @SequenceGenerator(name = "invitations_seq", sequenceName = "invitations_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invitations_seq")
    private Long id;
    @Column(nullable = false, length = 254)
    private String email;
    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;
    @Column(name = "invited_by", nullable = false)
    private long invitedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "platform_role", nullable = false, length = 32)
    private PlatformRole platformRole;
    @Column(name = "cluster_id")
    private Long clusterId;
    @Enumerated(EnumType.STRING)
    @Column(name = "cluster_role", length = 20)
    private ClusterRole clusterRole;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "accepted_at")
    private Instant acceptedAt;
    @Column(name = "accepted_user_id")
    private Long acceptedUserId;
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Invitation() {
        // for JPA
    }

    Invitation(String email, String tokenHash, long invitedBy, PlatformRole platformRole, Long clusterId,
               ClusterRole clusterRole, Instant now, Instant expiresAt) {
        this.email = email;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.platformRole = platformRole;
        this.clusterId = clusterId;
        this.clusterRole = clusterRole;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean isOpenAt(Instant now) {
        return acceptedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    void accept(long userId, Instant now) {
        this.acceptedUserId = userId;
        this.acceptedAt = now;
    }

    void revoke(Instant now) {
        this.revokedAt = now;
    }

    public Long getId() { return id; }
    public String getEmail() { return email; }
    public long getInvitedBy() { return invitedBy; }
    public PlatformRole getPlatformRole() { return platformRole; }
    public Long getClusterId() { return clusterId; }
    public ClusterRole getClusterRole() { return clusterRole; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getAcceptedAt() { return acceptedAt; }
    public Instant getRevokedAt() { return revokedAt; }
}
