package eu.clus3.core.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One person liking one post (at most once). */
@Entity
@Table(name = "forum_likes")
public class PostLike {

    @Id
    @SequenceGenerator(name = "forum_likes_seq", sequenceName = "forum_likes_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_likes_seq")
    private Long id;

    @Column(name = "post_id", nullable = false)
    private long postId;
    @Column(name = "user_id", nullable = false)
    private long userId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PostLike() {
        // for JPA
    }

    PostLike(long postId, long userId, Instant createdAt) {
        this.postId = postId;
        this.userId = userId;
        this.createdAt = createdAt;
    }

    public long getPostId() { return postId; }
    public long getUserId() { return userId; }
}
