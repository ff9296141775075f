package eu.clus3.core.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** A post someone is still writing: a reply to a topic, or (no topic) a new topic; one of each per person. */
@Entity
@Table(name = "forum_drafts")
public class Draft {

    @Id
    @SequenceGenerator(name = "forum_drafts_seq", sequenceName = "forum_drafts_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_drafts_seq")
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;
    @Column(name = "topic_id")
    private Long topicId;
    @Column(name = "category_id")
    private Long categoryId;
    @Column(length = 200)
    private String title;
    @Column(nullable = false, length = 50000)
    private String body;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Draft() {
        // for JPA
    }

    Draft(long userId, Long topicId) {
        this.userId = userId;
        this.topicId = topicId;
    }

    void write(Long categoryId, String title, String body, Instant at) {
        this.categoryId = categoryId;
        this.title = title;
        this.body = body;
        this.updatedAt = at;
    }

    public long getUserId() { return userId; }
    public Long getTopicId() { return topicId; }
    public Long getCategoryId() { return categoryId; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public Instant getUpdatedAt() { return updatedAt; }
}
