-- Modules' settings edited by administrators (plugin API 1.4, ModuleSetting): one row per module with the version
-- that two administrators' edits are checked against, and one row per value an administrator set (a key without a
-- row has its declared default). Kept across upgrades and uninstalls, removed with the module's data when purged.
-- A secret is stored as written, protected like the modules' documents by who may reach the database; the platform
-- never shows it back nor logs it.
CREATE TABLE module_setting_sets (
    plugin_id  VARCHAR(32)  NOT NULL,
    version    BIGINT       NOT NULL,
    updated_at TIMESTAMP    NOT NULL,
    updated_by VARCHAR(100),
    CONSTRAINT module_setting_sets_pk PRIMARY KEY (plugin_id)
);

CREATE TABLE module_setting_values (
    plugin_id     VARCHAR(32)   NOT NULL,
    setting_key   VARCHAR(100)  NOT NULL,
    setting_value VARCHAR(2000) NOT NULL,
    CONSTRAINT module_setting_values_pk PRIMARY KEY (plugin_id, setting_key)
);
