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

/** What a post (and, for an opening post, the topic's title) said before one edit, who edited it and why. */
@Entity
@Table(name = "forum_post_revisions")
public class PostRevision {

    @Id
    @SequenceGenerator(name = "forum_post_revisions_seq", sequenceName = "forum_post_revisions_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_post_revisions_seq")
    private Long id;

    @Column(name = "post_id", nullable = false)
    private long postId;
    @Column(nullable = false)
    private int revision;
    @Column(name = "title_before", length = 200)
    private String titleBefore;
    @Column(name = "body_before", nullable = false, length = 50000)
    private String bodyBefore;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "editor_id", nullable = false)
    private User editor;
    @Column(length = 500)
    private String reason;
    @Column(name = "edited_at", nullable = false)
    private Instant editedAt;

    protected PostRevision() {
        // for JPA
    }

    PostRevision(long postId, int revision, String titleBefore, String bodyBefore, User editor, String reason,
                 Instant editedAt) {
        this.postId = postId;
        this.revision = revision;
        this.titleBefore = titleBefore;
        this.bodyBefore = bodyBefore;
        this.editor = editor;
        this.reason = reason;
        this.editedAt = editedAt;
    }

    public Long getId() { return id; }
    public long getPostId() { return postId; }
    public int getRevision() { return revision; }
    public String getTitleBefore() { return titleBefore; }
    public String getBodyBefore() { return bodyBefore; }
    public User getEditor() { return editor; }
    public String getReason() { return reason; }
    public Instant getEditedAt() { return editedAt; }
}
