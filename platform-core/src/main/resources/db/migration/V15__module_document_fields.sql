-- Declared fields of modules' documents (plugin API 1.4, DocumentField): their values copied out of the JSON into
-- typed, indexed columns, so that modules' queries by date range or status use the database's indexes.
CREATE TABLE module_document_fields (
    document_id  BIGINT           NOT NULL,
    plugin_id    VARCHAR(32)      NOT NULL,
    collection   VARCHAR(64)      NOT NULL,
    field_name   VARCHAR(64)      NOT NULL,
    text_value   VARCHAR(200),
    number_value DOUBLE PRECISION,
    time_value   TIMESTAMP,
    CONSTRAINT module_document_fields_pk PRIMARY KEY (document_id, field_name)
);
CREATE INDEX module_document_fields_text_ix ON module_document_fields (plugin_id, collection, field_name, text_value);
CREATE INDEX module_document_fields_number_ix ON module_document_fields (plugin_id, collection, field_name, number_value);
CREATE INDEX module_document_fields_time_ix ON module_document_fields (plugin_id, collection, field_name, time_value);

-- Which fields a module declared for a collection (and their kind): a new declaration indexes the stored documents.
CREATE TABLE module_document_indexes (
    plugin_id  VARCHAR(32) NOT NULL,
    collection VARCHAR(64) NOT NULL,
    field_name VARCHAR(64) NOT NULL,
    kind       VARCHAR(8)  NOT NULL,
    CONSTRAINT module_document_indexes_pk PRIMARY KEY (plugin_id, collection, field_name)
);
