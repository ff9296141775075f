-- Invitations, self-registration awaiting approval, password-reset links, and people's profiles.
ALTER TABLE users ADD COLUMN organisation VARCHAR(200);
ALTER TABLE users ADD COLUMN position_title VARCHAR(200);
ALTER TABLE users ADD COLUMN languages VARCHAR(200);
ALTER TABLE users ADD COLUMN expertise VARCHAR(1000);
ALTER TABLE users ADD COLUMN approval_pending BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE user_avatars (
    user_id      BIGINT      NOT NULL PRIMARY KEY,
    content_type VARCHAR(40) NOT NULL,
    image        BYTEA       NOT NULL,
    updated_at   TIMESTAMP   NOT NULL,
    CONSTRAINT user_avatars_user_fk FOREIGN KEY (user_id) REFERENCES users (id)
);

CREATE SEQUENCE invitations_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE invitations (
    id               BIGINT       NOT NULL PRIMARY KEY,
    email            VARCHAR(254) NOT NULL,
    token_hash       VARCHAR(64)  NOT NULL,
    invited_by       BIGINT       NOT NULL,
    platform_role    VARCHAR(32)  NOT NULL,
    cluster_id       BIGINT,
    cluster_role     VARCHAR(20),
    created_at       TIMESTAMP    NOT NULL,
    expires_at       TIMESTAMP    NOT NULL,
    accepted_at      TIMESTAMP,
    accepted_user_id BIGINT,
    revoked_at       TIMESTAMP,
    CONSTRAINT invitations_hash_uk UNIQUE (token_hash),
    CONSTRAINT invitations_inviter_fk FOREIGN KEY (invited_by) REFERENCES users (id),
    CONSTRAINT invitations_cluster_fk FOREIGN KEY (cluster_id) REFERENCES clusters (id),
    CONSTRAINT invitations_user_fk FOREIGN KEY (accepted_user_id) REFERENCES users (id)
);
CREATE INDEX invitations_cluster_ix ON invitations (cluster_id);

CREATE SEQUENCE password_resets_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE password_resets (
    id         BIGINT      NOT NULL PRIMARY KEY,
    user_id    BIGINT      NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    created_by BIGINT      NOT NULL,
    created_at TIMESTAMP   NOT NULL,
    expires_at TIMESTAMP   NOT NULL,
    used_at    TIMESTAMP,
    CONSTRAINT password_resets_hash_uk UNIQUE (token_hash),
    CONSTRAINT password_resets_user_fk FOREIGN KEY (user_id) REFERENCES users (id)
);
