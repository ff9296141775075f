CREATE SEQUENCE forum_images_seq START WITH 50 INCREMENT BY 50;

-- Images uploaded for forum posts, kept in the database with the category whose readers may see them
-- (and the topic, when uploaded for a reply, so that moving the topic moves its images' visibility too).
CREATE TABLE forum_images (
    id           BIGINT      NOT NULL PRIMARY KEY,
    uploader_id  BIGINT      NOT NULL,
    category_id  BIGINT      NOT NULL,
    topic_id     BIGINT,
    content_type VARCHAR(40) NOT NULL,
    width        INTEGER     NOT NULL,
    height       INTEGER     NOT NULL,
    size_bytes   INTEGER     NOT NULL,
    image        BYTEA       NOT NULL,
    updated_at   TIMESTAMP   NOT NULL,
    CONSTRAINT forum_images_uploader_fk FOREIGN KEY (uploader_id) REFERENCES users (id),
    CONSTRAINT forum_images_category_fk FOREIGN KEY (category_id) REFERENCES forum_categories (id),
    CONSTRAINT forum_images_topic_fk FOREIGN KEY (topic_id) REFERENCES forum_topics (id)
);
CREATE INDEX forum_images_topic_ix ON forum_images (topic_id);
CREATE INDEX forum_images_uploader_ix ON forum_images (uploader_id, updated_at);
