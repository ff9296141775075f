package eu.clus3.core.forum;

import eu.clus3.core.identity.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** Someone asking the moderators to look at a post, with a reason; open until a moderator resolves it. */
@Entity
@Table(name = "forum_flags")
public class PostFlag {

    @Id
    @SequenceGenerator(name = "forum_flags_seq", sequenceName = "forum_flags_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_flags_seq")
    private Long id;

    @Column(name = "post_id", nullable = false)
    private long postId;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private User flagger;
    @Column(nullable = false, length = 500)
    private String reason;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    /** HIDDEN (the post was hidden) or DISMISSED (kept visible). */
    @Column(length = 20)
    private String resolution;

    protected PostFlag() {
        // for JPA
    }

    PostFlag(long postId, User flagger, String reason, Instant createdAt) {
        this.postId = postId;
        this.flagger = flagger;
        this.reason = reason;
        this.createdAt = createdAt;
    }

    void resolve(String resolution, Instant at) {
        this.resolution = resolution;
        this.resolvedAt = at;
    }

    public Long getId() { return id; }
    public long getPostId() { return postId; }
    public User getFlagger() { return flagger; }
    public String getReason() { return reason; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getResolvedAt() { return resolvedAt; }
    public String getResolution() { return resolution; }
}
