package eu.clus3.core.forum;

import eu.clus3.core.shared.StoredPicture;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An image uploaded for a post. Readers of its category see it (the same rule as for the posts); it is
 * never served as anything but the image type its content was checked to be.
 */
@Entity
@Table(name = "forum_images")
public class ForumImage extends StoredPicture {

    @Id
    @SequenceGenerator(name = "forum_images_seq", sequenceName = "forum_images_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_images_seq")
    private Long id;

    @Column(name = "uploader_id", nullable = false)
    private long uploaderId;
    @Column(name = "category_id", nullable = false)
    private long categoryId;
    @Column(name = "topic_id")
    private Long topicId;
    @Column(nullable = false)
    private int width;
    @Column(nullable = false)
    private int height;
    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    protected ForumImage() {
        // for JPA
    }

    ForumImage(long uploaderId, long categoryId, Long topicId, ImageUpload.Checked image, Instant now) {
        super(image.contentType(), image.bytes(), now);
        this.uploaderId = uploaderId;
        this.categoryId = categoryId;
        this.topicId = topicId;
        this.width = image.width();
        this.height = image.height();
        this.sizeBytes = image.bytes().length;
    }

    void moveTo(long categoryId) {
        this.categoryId = categoryId;
    }

    void moveTo(long topicId, long categoryId) {
        this.topicId = topicId;
        this.categoryId = categoryId;
    }

    public Long getId() { return id; }
    public long getUploaderId() { return uploaderId; }
    public long getCategoryId() { return categoryId; }
    public Long getTopicId() { return topicId; }
    public int getWidth() { return width; }
    public int getHeight() { return height; }
    public int getSizeBytes() { return sizeBytes; }
}
