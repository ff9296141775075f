package eu.clus3.core.identity;

import eu.clus3.core.shared.StoredPicture;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A person's picture, re-encoded by the platform as a small PNG. */
@Entity
@Table(name = "user_avatars")
public class UserAvatar extends StoredPicture {

    @Id
    @Column(name = "user_id")
    private Long userId;

    protected UserAvatar() {
        // for JPA
    }

    UserAvatar(Long userId, String contentType, byte[] image, Instant now) {
        super(contentType, image, now);
        this.userId = userId;
    }
}
