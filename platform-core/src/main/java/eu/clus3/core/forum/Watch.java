package eu.clus3.core.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One person's watch level on one topic or on one whole category (exactly one of the two ids is set). */
@Entity
@Table(name = "forum_watches")
public class Watch {

    @Id
    @SequenceGenerator(name = "forum_watches_seq", sequenceName = "forum_watches_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_watches_seq")
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;
    @Column(name = "topic_id")
    private Long topicId;
    @Column(name = "category_id")
    private Long categoryId;
    @Enumerated(EnumType.STRING)
    @Column(name = "watch_level", nullable = false, length = 20)
    private WatchLevel level;

    protected Watch() {
        // for JPA
    }

    Watch(long userId, Long topicId, Long categoryId, WatchLevel level) {
        this.userId = userId;
        this.topicId = topicId;
        this.categoryId = categoryId;
        this.level = level;
    }

    public long getUserId() { return userId; }
    public Long getTopicId() { return topicId; }
    public Long getCategoryId() { return categoryId; }
    public WatchLevel getLevel() { return level; }

    void setLevel(WatchLevel level) { this.level = level; }
}
