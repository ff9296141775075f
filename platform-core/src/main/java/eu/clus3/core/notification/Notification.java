package eu.clus3.core.notification;

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

/** One thing one person is told; the title is copied, so the list needs no join and survives renames. */
@Entity
@Table(name = "notifications")
public class Notification {

    @Id
    @SequenceGenerator(name = "notifications_seq", sequenceName = "notifications_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notifications_seq")
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NotificationKind kind;
    @Column(name = "actor_username", length = 64)
    private String actorUsername;
    @Column(name = "subject_title", nullable = false, length = 200)
    private String subjectTitle;
    @Column(name = "topic_id")
    private Long topicId;
    @Column(name = "post_id")
    private Long postId;
    @Column(name = "post_number")
    private Integer postNumber;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;
    /** When it went out in an e-mail digest; a notification goes into at most one. */
    @Column(name = "digested_at")
    private Instant digestedAt;
    /** Where a module's notification leads (platform-relative); forum notifications lead to their topic instead. */
    @Column(length = 500)
    private String link;
    @Column(name = "module_id", length = 64)
    private String moduleId;

    protected Notification() {
        // for JPA
    }

    Notification(long userId, NotificationKind kind, String actorUsername, String subjectTitle, Long topicId,
                 Long postId, Integer postNumber, Instant createdAt) {
        this.userId = userId;
        this.kind = kind;
        this.actorUsername = actorUsername;
        this.subjectTitle = subjectTitle;
        this.topicId = topicId;
        this.postId = postId;
        this.postNumber = postNumber;
        this.createdAt = createdAt;
    }

    /** A module's notification: its message is the subject, shown as it is. */
    static Notification fromModule(long userId, String moduleId, String message, String link, Instant createdAt) {
        Notification n = new Notification(userId, NotificationKind.MODULE, null, message, null, null, null, createdAt);
        n.moduleId = moduleId;
        n.link = link;
        return n;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    /** The post it tells of now lives elsewhere (a moderator split it off into another topic). */
    void movedTo(long topicId, int postNumber, String topicTitle) {
        this.topicId = topicId;
        this.postNumber = postNumber;
        this.subjectTitle = topicTitle;
    }

    void digested(Instant at) {
        digestedAt = at;
    }

    public Long getId() { return id; }
    public long getUserId() { return userId; }
    public NotificationKind getKind() { return kind; }
    public String getActorUsername() { return actorUsername; }
    public String getSubjectTitle() { return subjectTitle; }
    public Long getTopicId() { return topicId; }
    public Long getPostId() { return postId; }
    public Integer getPostNumber() { return postNumber; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
    public Instant getDigestedAt() { return digestedAt; }
    public String getLink() { return link; }
    public String getModuleId() { return moduleId; }
}
