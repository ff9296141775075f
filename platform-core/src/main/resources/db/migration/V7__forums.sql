-- Forums for reciprocal learning (issue 4): categories with visibility and moderators, topics and their
-- numbered posts, tags, likes, flags, edit history, read state, watch levels, and in-app notifications.
CREATE SEQUENCE forum_categories_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE forum_categories (
    id          BIGINT        NOT NULL PRIMARY KEY,
    slug        VARCHAR(80)   NOT NULL,
    name        VARCHAR(100)  NOT NULL,
    description VARCHAR(2000),
    visibility  VARCHAR(20)   NOT NULL,
    cluster_id  BIGINT,
    sort_order  INTEGER       NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT forum_categories_slug_uk UNIQUE (slug),
    CONSTRAINT forum_categories_cluster_fk FOREIGN KEY (cluster_id) REFERENCES clusters (id)
);

CREATE TABLE forum_category_moderators (
    category_id BIGINT NOT NULL,
    user_id     BIGINT NOT NULL,
    CONSTRAINT forum_category_moderators_pk PRIMARY KEY (category_id, user_id),
    CONSTRAINT forum_category_moderators_category_fk FOREIGN KEY (category_id) REFERENCES forum_categories (id),
    CONSTRAINT forum_category_moderators_user_fk FOREIGN KEY (user_id) REFERENCES users (id)
);

CREATE SEQUENCE forum_topics_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE forum_topics (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    category_id        BIGINT       NOT NULL,
    title              VARCHAR(200) NOT NULL,
    author_id          BIGINT       NOT NULL,
    language           VARCHAR(8)   NOT NULL,
    question           BOOLEAN      NOT NULL,
    cluster_id         BIGINT,
    indicator_ref      VARCHAR(100),
    status             VARCHAR(20)  NOT NULL,
    closed             BOOLEAN      NOT NULL,
    locked             BOOLEAN      NOT NULL,
    pinned             BOOLEAN      NOT NULL,
    last_number        INTEGER      NOT NULL,
    visible_posts      INTEGER      NOT NULL,
    last_activity_at   TIMESTAMP    NOT NULL,
    last_poster_id     BIGINT,
    created_at         TIMESTAMP    NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT forum_topics_category_fk FOREIGN KEY (category_id) REFERENCES forum_categories (id),
    CONSTRAINT forum_topics_author_fk FOREIGN KEY (author_id) REFERENCES users (id),
    CONSTRAINT forum_topics_cluster_fk FOREIGN KEY (cluster_id) REFERENCES clusters (id)
);
CREATE INDEX forum_topics_latest_ix ON forum_topics (category_id, pinned, last_activity_at);
CREATE INDEX forum_topics_activity_ix ON forum_topics (last_activity_at);
CREATE INDEX forum_topics_cluster_ix ON forum_topics (cluster_id);

CREATE SEQUENCE forum_tags_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE forum_tags (
    id       BIGINT      NOT NULL PRIMARY KEY,
    name     VARCHAR(40) NOT NULL,
    CONSTRAINT forum_tags_name_uk UNIQUE (name)
);

CREATE TABLE forum_topic_tags (
    topic_id BIGINT NOT NULL,
    tag_id   BIGINT NOT NULL,
    CONSTRAINT forum_topic_tags_pk PRIMARY KEY (topic_id, tag_id),
    CONSTRAINT forum_topic_tags_topic_fk FOREIGN KEY (topic_id) REFERENCES forum_topics (id),
    CONSTRAINT forum_topic_tags_tag_fk FOREIGN KEY (tag_id) REFERENCES forum_tags (id)
);
CREATE INDEX forum_topic_tags_tag_ix ON forum_topic_tags (tag_id);

CREATE SEQUENCE forum_posts_seq START WITH 50 INCREMENT BY 50;

-- Posts are numbered 1..n in their topic (1 opens it); the number is taken under a lock of the topic row.
CREATE TABLE forum_posts (
    id            BIGINT         NOT NULL PRIMARY KEY,
    topic_id      BIGINT         NOT NULL,
    post_number   INTEGER        NOT NULL,
    author_id     BIGINT         NOT NULL,
    body          VARCHAR(50000) NOT NULL,
    status        VARCHAR(20)    NOT NULL,
    good_practice BOOLEAN        NOT NULL,
    accepted_by   BIGINT,
    accepted_at   TIMESTAMP,
    like_count    INTEGER        NOT NULL,
    open_flags    INTEGER        NOT NULL,
    edit_count    INTEGER        NOT NULL,
    created_at    TIMESTAMP      NOT NULL,
    edited_at     TIMESTAMP,
    version       BIGINT         NOT NULL,
    CONSTRAINT forum_posts_number_uk UNIQUE (topic_id, post_number),
    CONSTRAINT forum_posts_topic_fk FOREIGN KEY (topic_id) REFERENCES forum_topics (id),
    CONSTRAINT forum_posts_author_fk FOREIGN KEY (author_id) REFERENCES users (id),
    CONSTRAINT forum_posts_accepted_by_fk FOREIGN KEY (accepted_by) REFERENCES users (id)
);
CREATE INDEX forum_posts_author_ix ON forum_posts (author_id, status);
CREATE INDEX forum_posts_review_ix ON forum_posts (status, open_flags);

CREATE SEQUENCE forum_post_revisions_seq START WITH 50 INCREMENT BY 50;

-- What a post said before each edit, who edited it and why.
CREATE TABLE forum_post_revisions (
    id           BIGINT         NOT NULL PRIMARY KEY,
    post_id      BIGINT         NOT NULL,
    revision     INTEGER        NOT NULL,
    title_before VARCHAR(200),
    body_before  VARCHAR(50000) NOT NULL,
    editor_id    BIGINT         NOT NULL,
    reason       VARCHAR(500),
    edited_at    TIMESTAMP      NOT NULL,
    CONSTRAINT forum_post_revisions_uk UNIQUE (post_id, revision),
    CONSTRAINT forum_post_revisions_post_fk FOREIGN KEY (post_id) REFERENCES forum_posts (id),
    CONSTRAINT forum_post_revisions_editor_fk FOREIGN KEY (editor_id) REFERENCES users (id)
);

CREATE SEQUENCE forum_likes_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE forum_likes (
    id         BIGINT    NOT NULL PRIMARY KEY,
    post_id    BIGINT    NOT NULL,
    user_id    BIGINT    NOT NULL,
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT forum_likes_uk UNIQUE (post_id, user_id),
    CONSTRAINT forum_likes_post_fk FOREIGN KEY (post_id) REFERENCES forum_posts (id),
    CONSTRAINT forum_likes_user_fk FOREIGN KEY (user_id) REFERENCES users (id)
);

CREATE SEQUENCE forum_flags_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE forum_flags (
    id          BIGINT       NOT NULL PRIMARY KEY,
    post_id     BIGINT       NOT NULL,
    user_id     BIGINT       NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    resolved_at TIMESTAMP,
    resolution  VARCHAR(20),
    CONSTRAINT forum_flags_uk UNIQUE (post_id, user_id),
    CONSTRAINT forum_flags_post_fk FOREIGN KEY (post_id) REFERENCES forum_posts (id),
    CONSTRAINT forum_flags_user_fk FOREIGN KEY (user_id) REFERENCES users (id)
);

CREATE SEQUENCE forum_read_states_seq START WITH 50 INCREMENT BY 50;

-- The highest post number a person has read in a topic: unread = visible posts above it.
CREATE TABLE forum_read_states (
    id               BIGINT  NOT NULL PRIMARY KEY,
    user_id          BIGINT  NOT NULL,
    topic_id         BIGINT  NOT NULL,
    last_read_number INTEGER NOT NULL,
    CONSTRAINT forum_read_states_uk UNIQUE (user_id, topic_id),
    CONSTRAINT forum_read_states_user_fk FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT forum_read_states_topic_fk FOREIGN KEY (topic_id) REFERENCES forum_topics (id)
);

CREATE SEQUENCE forum_watches_seq START WITH 50 INCREMENT BY 50;

-- Watching / tracking / muted, for one topic or one whole category (exactly one of the two is set).
CREATE TABLE forum_watches (
    id          BIGINT      NOT NULL PRIMARY KEY,
    user_id     BIGINT      NOT NULL,
    topic_id    BIGINT,
    category_id BIGINT,
    watch_level VARCHAR(20) NOT NULL,
    CONSTRAINT forum_watches_topic_uk UNIQUE (user_id, topic_id),
    CONSTRAINT forum_watches_category_uk UNIQUE (user_id, category_id),
    CONSTRAINT forum_watches_user_fk FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT forum_watches_topic_fk FOREIGN KEY (topic_id) REFERENCES forum_topics (id),
    CONSTRAINT forum_watches_category_fk FOREIGN KEY (category_id) REFERENCES forum_categories (id)
);
CREATE INDEX forum_watches_topic_ix ON forum_watches (topic_id);
CREATE INDEX forum_watches_category_ix ON forum_watches (category_id);

CREATE SEQUENCE notifications_seq START WITH 50 INCREMENT BY 50;

-- In-app notifications; one per person and post and kind, so nothing reaches anyone twice.
CREATE TABLE notifications (
    id             BIGINT       NOT NULL PRIMARY KEY,
    user_id        BIGINT       NOT NULL,
    kind           VARCHAR(30)  NOT NULL,
    actor_username VARCHAR(64),
    subject_title  VARCHAR(200) NOT NULL,
    topic_id       BIGINT,
    post_id        BIGINT,
    post_number    INTEGER,
    created_at     TIMESTAMP    NOT NULL,
    read_at        TIMESTAMP,
    CONSTRAINT notifications_uk UNIQUE (user_id, kind, post_id),
    CONSTRAINT notifications_user_fk FOREIGN KEY (user_id) REFERENCES users (id)
);
CREATE INDEX notifications_user_ix ON notifications (user_id, created_at);

-- Opt-in e-mail digests of unread notifications: each notification goes into at most one digest.
ALTER TABLE notifications ADD COLUMN digested_at TIMESTAMP;

CREATE TABLE digest_settings (
    user_id      BIGINT      NOT NULL PRIMARY KEY,
    frequency    VARCHAR(10) NOT NULL,
    opted_in_at  TIMESTAMP   NOT NULL,
    last_sent_at TIMESTAMP,
    version      BIGINT      NOT NULL,
    CONSTRAINT digest_settings_user_fk FOREIGN KEY (user_id) REFERENCES users (id)
);

CREATE SEQUENCE mail_outbox_seq START WITH 50 INCREMENT BY 50;

-- Mail the platform sends. Without an SMTP server configured it stays here, for administrators to read.
CREATE TABLE mail_outbox (
    id         BIGINT         NOT NULL PRIMARY KEY,
    user_id    BIGINT,
    to_address VARCHAR(254)   NOT NULL,
    subject    VARCHAR(300)   NOT NULL,
    body       VARCHAR(200000) NOT NULL,
    created_at TIMESTAMP      NOT NULL,
    sent_at    TIMESTAMP,
    CONSTRAINT mail_outbox_user_fk FOREIGN KEY (user_id) REFERENCES users (id)
);
CREATE INDEX mail_outbox_created_ix ON mail_outbox (created_at);

CREATE SEQUENCE forum_drafts_seq START WITH 50 INCREMENT BY 50;

-- What someone is writing, kept while they type: a reply to a topic, or a new topic (topic_id null).
CREATE TABLE forum_drafts (
    id          BIGINT         NOT NULL PRIMARY KEY,
    user_id     BIGINT         NOT NULL,
    topic_id    BIGINT,
    category_id BIGINT,
    title       VARCHAR(200),
    body        VARCHAR(50000) NOT NULL,
    updated_at  TIMESTAMP      NOT NULL,
    CONSTRAINT forum_drafts_uk UNIQUE (user_id, topic_id),
    CONSTRAINT forum_drafts_user_fk FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT forum_drafts_topic_fk FOREIGN KEY (topic_id) REFERENCES forum_topics (id)
);
