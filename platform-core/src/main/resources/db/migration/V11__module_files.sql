-- Modules' files (plugin API 1.3.0, ModuleStore.files()): uploaded documents such as benchmarking evidence, kept in
-- the database like the modules' documents (the single source of truth for every node) and purged with them.
-- file_id is the id modules and URLs use (random, not guessable); the content was checked by its bytes.
CREATE SEQUENCE module_files_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE module_files (
    id            BIGINT       NOT NULL PRIMARY KEY,
    plugin_id     VARCHAR(32)  NOT NULL,
    file_id       VARCHAR(40)  NOT NULL,
    owner_key     VARCHAR(200) NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    declared_type VARCHAR(100),
    size_bytes    BIGINT       NOT NULL,
    sha256        VARCHAR(64)  NOT NULL,
    content       BYTEA        NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    created_by    VARCHAR(100),
    CONSTRAINT module_files_file_uk UNIQUE (plugin_id, file_id)
);
CREATE INDEX module_files_owner_ix ON module_files (plugin_id, owner_key);
