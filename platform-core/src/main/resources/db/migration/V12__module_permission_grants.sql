-- Modules' own permissions (plugin API 1.4.0, ModulePermission, e.g. 'labeling.assess') granted by administrators,
-- each to one person or to one whole platform role. Keyed by the permission's id and its module's id, never by the
-- installed artifact: grants survive upgrades, disabling and uninstalling without purge; a purge deletes them.
CREATE SEQUENCE module_permission_grants_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE module_permission_grants (
    id            BIGINT       NOT NULL PRIMARY KEY,
    permission_id VARCHAR(100) NOT NULL,
    plugin_id     VARCHAR(32)  NOT NULL,
    user_id       BIGINT,
    platform_role VARCHAR(32),
    granted_by    VARCHAR(64)  NOT NULL,
    granted_at    TIMESTAMP    NOT NULL,
    CONSTRAINT module_permission_grants_grantee_ck CHECK ((user_id IS NULL AND platform_role IS NOT NULL)
        OR (user_id IS NOT NULL AND platform_role IS NULL)),
    -- NULLs are distinct in both databases: each pair is unique among the grants of its kind.
    CONSTRAINT module_permission_grants_user_uk UNIQUE (permission_id, user_id),
    CONSTRAINT module_permission_grants_role_uk UNIQUE (permission_id, platform_role),
    -- A removed account (a turned-down registration) takes its grants with it.
    CONSTRAINT module_permission_grants_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
-- What a person holds is read with one query: their own grants OR their role's.
CREATE INDEX module_permission_grants_user_ix ON module_permission_grants (user_id);
CREATE INDEX module_permission_grants_role_ix ON module_permission_grants (platform_role);
CREATE INDEX module_permission_grants_plugin_ix ON module_permission_grants (plugin_id);
