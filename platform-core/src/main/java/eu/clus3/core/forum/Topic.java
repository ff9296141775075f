package eu.clus3.core.forum;

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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A discussion: a title, its opening post (number 1) and the replies. {@code lastNumber} is the number the
 * latest post got; a reply takes the next one while holding a lock on this row, so two replies written at the
 * same moment both get their own number in a stable order.
 */
@Entity
@Table(name = "forum_topics")
public class Topic {

    @Id
    @SequenceGenerator(name = "forum_topics_seq", sequenceName = "forum_topics_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_topics_seq")
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private ForumCategory category;
    @Column(nullable = false, length = 200)
    private String title;
    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private User author;
    @Column(nullable = false, length = 8)
    private String language;
    @Column(nullable = false)
    private boolean question;
    /** The cluster the discussion is about, if any. */
    @Column(name = "cluster_id")
    private Long clusterId;
    /** A benchmarking indicator the discussion is about (e.g. "ecei-2013:2.4"); a hook for the benchmarking module. */
    @Column(name = "indicator_ref", length = 100)
    private String indicatorRef;
    /** The status of the opening post: a topic is seen when its first post is. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PostStatus status;
    @Column(nullable = false)
    private boolean closed;
    @Column(nullable = false)
    private boolean locked;
    @Column(nullable = false)
    private boolean pinned;
    @Column(name = "last_number", nullable = false)
    private int lastNumber;
    @Column(name = "visible_posts", nullable = false)
    private int visiblePosts;
    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;
    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "last_poster_id")
    private User lastPoster;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @BatchFetch(BatchFetchType.IN)
    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "forum_topic_tags", joinColumns = @JoinColumn(name = "topic_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    private Set<Tag> tags = new HashSet<>();

    @Version
    private long version;

    protected Topic() {
        // for JPA
    }

    Topic(ForumCategory category, String title, User author, String language, boolean question, Long clusterId,
          String indicatorRef, PostStatus status, Instant now) {
        this.category = category;
        this.title = title;
        this.author = author;
        this.language = language;
        this.question = question;
        this.clusterId = clusterId;
        this.indicatorRef = indicatorRef;
        this.status = status;
        this.lastActivityAt = now;
        this.lastPoster = author;
        this.createdAt = now;
    }

    /** The number of the next post. Call only while holding the row lock. */
    int takeNextNumber() {
        return ++lastNumber;
    }

    /** A post became visible (published or approved): it counts and the topic rises in the lists. */
    void postShown(User poster, Instant at) {
        visiblePosts++;
        if (!at.isBefore(lastActivityAt)) {
            lastActivityAt = at;
            lastPoster = poster;
        }
    }

    /** Sets the counts from the posts themselves (after posts were moved in or out). */
    void recount(int visiblePosts, int lastNumber, Instant lastActivityAt, User lastPoster) {
        this.visiblePosts = visiblePosts;
        this.lastNumber = Math.max(this.lastNumber, lastNumber);
        if (lastActivityAt != null) {
            this.lastActivityAt = lastActivityAt;
            this.lastPoster = lastPoster;
        }
    }

    void postWithdrawn() {
        visiblePosts = Math.max(0, visiblePosts - 1);
    }

    public Long getId() { return id; }
    public ForumCategory getCategory() { return category; }
    public String getTitle() { return title; }
    public User getAuthor() { return author; }
    public String getLanguage() { return language; }
    public boolean isQuestion() { return question; }
    public Long getClusterId() { return clusterId; }
    public String getIndicatorRef() { return indicatorRef; }
    public PostStatus getStatus() { return status; }
    public boolean isClosed() { return closed; }
    public boolean isLocked() { return locked; }
    public boolean isPinned() { return pinned; }
    public int getLastNumber() { return lastNumber; }
    public int getVisiblePosts() { return visiblePosts; }
    public Instant getLastActivityAt() { return lastActivityAt; }
    public User getLastPoster() { return lastPoster; }
    public Instant getCreatedAt() { return createdAt; }
    public Set<Tag> getTags() { return tags; }
    public long getVersion() { return version; }

    void setCategory(ForumCategory category) { this.category = category; }
    void setTitle(String title) { this.title = title; }
    void setStatus(PostStatus status) { this.status = status; }
    void setClosed(boolean closed) { this.closed = closed; }
    void setLocked(boolean locked) { this.locked = locked; }
    void setPinned(boolean pinned) { this.pinned = pinned; }
    void setQuestion(boolean question) { this.question = question; }
    void setLanguage(String language) { this.language = language; }
    void setClusterId(Long clusterId) { this.clusterId = clusterId; }
    void setIndicatorRef(String indicatorRef) { this.indicatorRef = indicatorRef; }
}
