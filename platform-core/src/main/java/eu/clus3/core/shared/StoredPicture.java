package eu.clus3.core.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/** A small picture the platform re-encoded (a cluster's logo, a person's avatar), kept in the database. */
@MappedSuperclass
public abstract class StoredPicture {

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;
    @Column(nullable = false)
    private byte[] image;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StoredPicture() {
        // for JPA
    }

    protected StoredPicture(String contentType, byte[] image, Instant now) {
        replace(contentType, image, now);
    }

    public final void replace(String contentType, byte[] image, Instant now) {
        this.contentType = contentType;
        this.image = image.clone();
        this.updatedAt = now;
    }

    public String getContentType() { return contentType; }
    public byte[] getImage() { return image.clone(); }
    public Instant getUpdatedAt() { return updatedAt; }
}
