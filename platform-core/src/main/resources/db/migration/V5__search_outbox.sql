-- The outbox feeding the search index: one row per change of something searchable, written in the
-- transaction of the change. The indexer reads it in sequence order and re-reads the current state of
-- each subject, so a row says only what changed, never how.
CREATE SEQUENCE search_outbox_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE search_outbox (
    seq        BIGINT       NOT NULL PRIMARY KEY,
    kind       VARCHAR(40)  NOT NULL,
    subject_id VARCHAR(120) NOT NULL,
    written_at TIMESTAMP    NOT NULL
);
CREATE INDEX search_outbox_written_ix ON search_outbox (written_at);
