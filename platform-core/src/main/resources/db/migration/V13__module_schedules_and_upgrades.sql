-- Modules' scheduled work: one row per (module, schedule name) holding the next run and the lease of the node that
-- runs it, so that each run happens on one node only (plugin API 1.4, Schedules).
CREATE TABLE module_schedules (
    plugin_id        VARCHAR(32)   NOT NULL,
    name             VARCHAR(64)   NOT NULL,
    spec             VARCHAR(40)   NOT NULL,
    next_run_at      TIMESTAMP     NOT NULL,
    lease_owner      VARCHAR(100),
    lease_until      TIMESTAMP,
    last_started_at  TIMESTAMP,
    last_finished_at TIMESTAMP,
    last_error       VARCHAR(1000),
    CONSTRAINT module_schedules_pk PRIMARY KEY (plugin_id, name)
);
CREATE INDEX module_schedules_due_ix ON module_schedules (next_run_at);

-- The version an upgraded module came from, until the node that starts it first has run its upgrade hook.
ALTER TABLE module_artifacts ADD COLUMN upgraded_from VARCHAR(40);
