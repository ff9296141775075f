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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.time.Instant;

/** One post of a topic, numbered 1..n in it; the Markdown source is stored, HTML is rendered when shown. */
@Entity
@Table(name = "forum_posts")
public class Post {

    @Id
    @SequenceGenerator(name = "forum_posts_seq", sequenceName = "forum_posts_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_posts_seq")
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "topic_id", nullable = false)
    private Topic topic;
    @Column(name = "post_number", nullable = false)
    private int number;
    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private User author;
    @Column(nullable = false, length = 50000)
    private String body;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PostStatus status;
    @Column(name = "good_practice", nullable = false)
    private boolean goodPractice;
    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "accepted_by")
    private User acceptedBy;
    @Column(name = "accepted_at")
    private Instant acceptedAt;
    @Column(name = "like_count", nullable = false)
    private int likeCount;
    @Column(name = "open_flags", nullable = false)
    private int openFlags;
    @Column(name = "edit_count", nullable = false)
    private int editCount;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "edited_at")
    private Instant editedAt;

    @Version
    private long version;

    protected Post() {
        // for JPA
    }

    Post(Topic topic, int number, User author, String body, PostStatus status, Instant now) {
        this.topic = topic;
        this.number = number;
        this.author = author;
        this.body = body;
        this.status = status;
        this.createdAt = now;
    }

    void edit(String body, Instant at) {
        this.body = body;
        this.editCount++;
        this.editedAt = at;
    }

    void accept(User by, Instant at) {
        this.acceptedBy = by;
        this.acceptedAt = at;
    }

    void unaccept() {
        this.acceptedBy = null;
        this.acceptedAt = null;
    }

    public Long getId() { return id; }
    public Topic getTopic() { return topic; }
    public int getNumber() { return number; }
    public User getAuthor() { return author; }
    public String getBody() { return body; }
    public PostStatus getStatus() { return status; }
    public boolean isGoodPractice() { return goodPractice; }
    public User getAcceptedBy() { return acceptedBy; }
    public Instant getAcceptedAt() { return acceptedAt; }
    public int getLikeCount() { return likeCount; }
    public int getOpenFlags() { return openFlags; }
    public int getEditCount() { return editCount; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getEditedAt() { return editedAt; }
    public long getVersion() { return version; }
    public boolean isOpening() { return number == 1; }

    /** Moves the post to another topic under a new number (splitting a topic). */
    void moveTo(Topic topic, int number) {
        this.topic = topic;
        this.number = number;
    }

    void setStatus(PostStatus status) { this.status = status; }
    void setGoodPractice(boolean goodPractice) { this.goodPractice = goodPractice; }
    void setLikeCount(int likeCount) { this.likeCount = likeCount; }
    void setOpenFlags(int openFlags) { this.openFlags = openFlags; }
}
