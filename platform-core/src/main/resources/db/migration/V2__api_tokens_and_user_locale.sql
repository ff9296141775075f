-- Personal API tokens (only their SHA-256 is stored) and each user's preferred UI language.
ALTER TABLE users ADD COLUMN locale VARCHAR(16) DEFAULT 'en' NOT NULL;

CREATE SEQUENCE api_tokens_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE api_tokens (
    id           BIGINT       NOT NULL PRIMARY KEY,
    user_id      BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_prefix VARCHAR(16)  NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    expires_at   TIMESTAMP,
    last_used_at TIMESTAMP,
    revoked_at   TIMESTAMP,
    CONSTRAINT api_tokens_hash_uk UNIQUE (token_hash),
    CONSTRAINT api_tokens_user_fk FOREIGN KEY (user_id) REFERENCES users (id)
);
CREATE INDEX api_tokens_user_ix ON api_tokens (user_id);
