package eu.clus3.core.forum;

import eu.clus3.core.database.Database;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.shared.InvalidInputException;
import eu.clus3.core.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Optional;

/**
 * Images in posts: uploaded by someone who may write in a category (checked by content, size and pixels, see
 * {@link ImageUpload}), stored in the database, and served only to those who may read that category; to anyone
 * else an image does not exist (404), like a post they may not read.
 */
@ApplicationScoped
public class ForumImageService {

    private Database db;
    private ForumRepository forum;
    private ForumAccess access;
    private ForumSettings settings;
    private Clock clock;

    protected ForumImageService() {
        // for CDI proxies
    }

    @Inject
    public ForumImageService(Database db, ForumRepository forum, ForumAccess access, ForumSettings settings, Clock clock) {
        this.db = db;
        this.forum = forum;
        this.access = access;
        this.settings = settings;
        this.clock = clock;
    }

    /** The largest upload accepted, in bytes. */
    public int maxBytes() {
        return settings.imageMaxBytes();
    }

    /**
     * Stores an image for a post in a topic ({@code topicId}) or, for a topic still being written, in a category
     * ({@code categoryId}); exactly one of them is given.
     */
    public ImageView upload(Actor actor, Long categoryId, Long topicId, byte[] bytes) {
        new eu.clus3.core.shared.Validator().check(categoryId != null ^ topicId != null, "category",
                "validation.categoryOrTopic", "give either the category or the topic the image is for").throwIfInvalid();
        ImageUpload.Checked image = ImageUpload.check(bytes, settings.imageMaxBytes());
        return db.inTransaction(() -> {
            ForumCategory category;
            if (topicId != null) {
                Topic topic = forum.topic(topicId).orElseThrow(() -> new NotFoundException("Topic", topicId));
                category = access.readable(Optional.of(actor), topic.getCategory());
            } else {
                category = access.readable(Optional.of(actor), forum.category(categoryId)
                        .orElseThrow(() -> new NotFoundException("Category", categoryId)));
            }
            ForumImage stored = new ForumImage(actor.userId(), category.getId(), topicId, image, clock.instant());
            db.em().persist(stored);
            db.em().flush();
            return ImageView.of(stored);
        });
    }

    /** The image, if the viewer may read its category; otherwise as if it did not exist. */
    public ForumImage image(Optional<Actor> viewer, long id) {
        return db.inTransaction(() -> {
            ForumImage image = db.em().find(ForumImage.class, id);
            if (image == null) {
                throw new NotFoundException("Image", id);
            }
            ForumCategory category = forum.category(image.getCategoryId()).orElse(null);
            if (category == null || !access.canRead(viewer, category)) {
                throw new NotFoundException("Image", id);
            }
            return image;
        });
    }

    /** For the API: an upload announced or found larger than the limit, refused before it is read whole. */
    public InvalidInputException tooLarge() {
        return ImageUpload.tooLarge(settings.imageMaxBytes());
    }
}
