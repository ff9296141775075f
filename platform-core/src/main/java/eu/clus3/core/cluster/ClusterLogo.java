package eu.clus3.core.cluster;

import eu.clus3.core.shared.StoredPicture;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A cluster's logo, re-encoded by the platform (never the uploaded bytes as they came). */
@Entity
@Table(name = "cluster_logos")
public class ClusterLogo extends StoredPicture {

    @Id
    @Column(name = "cluster_id")
    private Long clusterId;

    protected ClusterLogo() {
        // for JPA
    }

    ClusterLogo(Long clusterId, String contentType, byte[] image, Instant now) {
        super(contentType, image, now);
        this.clusterId = clusterId;
    }
}
