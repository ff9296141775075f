-- Cluster organisations, their people (per-cluster roles) and the audit trail of changes.
CREATE SEQUENCE clusters_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE clusters (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    slug               VARCHAR(80)   NOT NULL,
    name               VARCHAR(200)  NOT NULL,
    name_key           VARCHAR(200)  NOT NULL,
    legal_form         VARCHAR(100),
    nuts_code          VARCHAR(5)    NOT NULL,
    region_name        VARCHAR(120)  NOT NULL,
    portfolio          VARCHAR(40)   NOT NULL,
    founding_year      INTEGER,
    website            VARCHAR(300),
    website_in_english BOOLEAN       NOT NULL,
    description        VARCHAR(20000),
    contact_email      VARCHAR(254),
    contact_phone      VARCHAR(40),
    management_fte     DECIMAL(6, 2) NOT NULL,
    visibility         VARCHAR(20)   NOT NULL,
    created_at         TIMESTAMP     NOT NULL,
    updated_at         TIMESTAMP     NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT clusters_slug_uk UNIQUE (slug),
    CONSTRAINT clusters_name_uk UNIQUE (name_key)
);
CREATE INDEX clusters_nuts_ix ON clusters (nuts_code);
CREATE INDEX clusters_portfolio_ix ON clusters (portfolio);

CREATE TABLE cluster_s3_areas (
    cluster_id BIGINT      NOT NULL,
    area       VARCHAR(40) NOT NULL,
    CONSTRAINT cluster_s3_areas_pk PRIMARY KEY (cluster_id, area),
    CONSTRAINT cluster_s3_areas_cluster_fk FOREIGN KEY (cluster_id) REFERENCES clusters (id)
);

CREATE TABLE cluster_member_counts (
    cluster_id        BIGINT      NOT NULL,
    category          VARCHAR(40) NOT NULL,
    committed_members INTEGER     NOT NULL,
    CONSTRAINT cluster_member_counts_pk PRIMARY KEY (cluster_id, category),
    CONSTRAINT cluster_member_counts_cluster_fk FOREIGN KEY (cluster_id) REFERENCES clusters (id)
);

CREATE TABLE cluster_logos (
    cluster_id   BIGINT       NOT NULL PRIMARY KEY,
    content_type VARCHAR(40)  NOT NULL,
    image        BYTEA        NOT NULL,
    updated_at   TIMESTAMP    NOT NULL,
    CONSTRAINT cluster_logos_cluster_fk FOREIGN KEY (cluster_id) REFERENCES clusters (id)
);

CREATE SEQUENCE cluster_memberships_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE cluster_memberships (
    id         BIGINT      NOT NULL PRIMARY KEY,
    cluster_id BIGINT      NOT NULL,
    user_id    BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    created_at TIMESTAMP   NOT NULL,
    version    BIGINT      NOT NULL,
    CONSTRAINT cluster_memberships_uk UNIQUE (cluster_id, user_id),
    CONSTRAINT cluster_memberships_cluster_fk FOREIGN KEY (cluster_id) REFERENCES clusters (id),
    CONSTRAINT cluster_memberships_user_fk FOREIGN KEY (user_id) REFERENCES users (id)
);
CREATE INDEX cluster_memberships_user_ix ON cluster_memberships (user_id);

CREATE SEQUENCE audit_entries_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_entries (
    id             BIGINT        NOT NULL PRIMARY KEY,
    at             TIMESTAMP     NOT NULL,
    actor_id       BIGINT,
    actor_username VARCHAR(64)   NOT NULL,
    subject_type   VARCHAR(30)   NOT NULL,
    subject_id     BIGINT        NOT NULL,
    cluster_id     BIGINT,
    action         VARCHAR(40)   NOT NULL,
    details        VARCHAR(4000) NOT NULL
);
CREATE INDEX audit_entries_cluster_ix ON audit_entries (cluster_id, at);
CREATE INDEX audit_entries_subject_ix ON audit_entries (subject_type, subject_id, at);
