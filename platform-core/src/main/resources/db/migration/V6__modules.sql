-- Module plugins: the installed artifacts (the database is the source of truth, every node loads this set)
-- and the modules' own data (JSON documents with their revision history).
CREATE SEQUENCE module_artifacts_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE module_artifacts (
    id             BIGINT        NOT NULL PRIMARY KEY,
    plugin_id      VARCHAR(32)   NOT NULL,
    plugin_version VARCHAR(40)   NOT NULL,
    requires       VARCHAR(200)  NOT NULL,
    dependencies   VARCHAR(1000) NOT NULL,
    plugin_class   VARCHAR(300)  NOT NULL,
    description    VARCHAR(500)  NOT NULL,
    provider       VARCHAR(200)  NOT NULL,
    license        VARCHAR(100)  NOT NULL,
    file_name      VARCHAR(200)  NOT NULL,
    packaging      VARCHAR(8)    NOT NULL,
    sha256         VARCHAR(64)   NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    content        BYTEA         NOT NULL,
    enabled        BOOLEAN       NOT NULL,
    bundled        BOOLEAN       NOT NULL,
    installed_at   TIMESTAMP     NOT NULL,
    installed_by   VARCHAR(100),
    updated_at     TIMESTAMP     NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT module_artifacts_plugin_uk UNIQUE (plugin_id)
);

CREATE SEQUENCE module_documents_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE module_documents (
    id          BIGINT          NOT NULL PRIMARY KEY,
    plugin_id   VARCHAR(32)     NOT NULL,
    collection  VARCHAR(64)     NOT NULL,
    doc_key     VARCHAR(200)    NOT NULL,
    cluster_id  BIGINT,
    json        VARCHAR(1000000) NOT NULL,
    created_at  TIMESTAMP       NOT NULL,
    updated_at  TIMESTAMP       NOT NULL,
    updated_by  VARCHAR(100),
    version     BIGINT          NOT NULL,
    CONSTRAINT module_documents_key_uk UNIQUE (plugin_id, collection, doc_key)
);
CREATE INDEX module_documents_cluster_ix ON module_documents (plugin_id, collection, cluster_id);
CREATE INDEX module_documents_updated_ix ON module_documents (plugin_id, collection, updated_at);

CREATE SEQUENCE module_document_revisions_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE module_document_revisions (
    id          BIGINT          NOT NULL PRIMARY KEY,
    plugin_id   VARCHAR(32)     NOT NULL,
    collection  VARCHAR(64)     NOT NULL,
    doc_key     VARCHAR(200)    NOT NULL,
    doc_version BIGINT          NOT NULL,
    json        VARCHAR(1000000),
    deleted     BOOLEAN         NOT NULL,
    changed_at  TIMESTAMP       NOT NULL,
    changed_by  VARCHAR(100)
);
CREATE INDEX module_document_revisions_key_ix ON module_document_revisions (plugin_id, collection, doc_key);
