package eu.clus3.core.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A cluster's logo, re-encoded by the platform (never the uploaded bytes as they came). */
@Entity
@Table(name = "cluster_logos")
public class ClusterLogo {

    @Id
    @Column(name = "cluster_id")
    private Long clusterId;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Column(nullable = false)
    private byte[] image;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ClusterLogo() {
        // for JPA
    }

    ClusterLogo(Long clusterId, String contentType, byte[] image, Instant now) {
        this.clusterId = clusterId;
        replace(contentType, image, now);
    }

    void replace(String contentType, byte[] image, Instant now) {
        this.contentType = contentType;
        this.image = image.clone();
        this.updatedAt = now;
    }

    public String getContentType() { return contentType; }
    public byte[] getImage() { return image.clone(); }
    public Instant getUpdatedAt() { return updatedAt; }
}
