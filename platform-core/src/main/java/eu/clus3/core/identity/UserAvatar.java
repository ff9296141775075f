package eu.clus3.core.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A person's picture, re-encoded by the platform as a small PNG. */
@Entity
@Table(name = "user_avatars")
public class UserAvatar {

    @Id
    @Column(name = "user_id")
    private Long userId;
    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;
    @Column(nullable = false)
    private byte[] image;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected UserAvatar() {
        // for JPA
    }

    UserAvatar(Long userId, String contentType, byte[] image, Instant now) {
        this.userId = userId;
        replace(contentType, image, now);
    }

    void replace(String contentType, byte[] image, Instant now) {
        this.contentType = contentType;
        this.image = image.clone();
        this.updatedAt = now;
    }

    public String getContentType() { return contentType; }
    public byte[] getImage() { return image.clone(); }
}
