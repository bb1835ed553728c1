-- Looma Ops Console registry, schema version 1.
-- Nine cluster-management tables, plus the bookkeeping the console needs to follow changes:
--   * registry_change_seq: every insert/update of a followed row takes the next value into change_seq,
--     so a console asks "what changed since N" with one indexed range scan per table;
--   * registry_tombstones: deletes leave (table, id, change_seq) behind, so deltas can carry removals;
--   * NOTIFY looma_registry '<table>' once per statement (a key, never a row) wakes listening consoles.
-- The migrator wraps this file in one transaction and records it in schema_version.

CREATE SEQUENCE registry_change_seq AS bigint;

CREATE TABLE registry_tombstones (
    table_name  text        NOT NULL,
    row_id      bigint      NOT NULL,
    change_seq  bigint      NOT NULL DEFAULT nextval('registry_change_seq'),
    deleted_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (table_name, row_id, change_seq)
);
CREATE INDEX registry_tombstones_seq_idx ON registry_tombstones (change_seq);

CREATE TABLE regions (
    id                 bigserial   PRIMARY KEY,
    cloud              text        NOT NULL CHECK (cloud IN ('tencent', 'alibaba')),
    region             text        NOT NULL CHECK (length(region) BETWEEN 1 AND 64),
    zone               text        NOT NULL CHECK (length(zone) BETWEEN 1 AND 64),
    display_name       text        NOT NULL DEFAULT '' CHECK (length(display_name) <= 128),
    maintenance_until  timestamptz,
    maintenance_reason text        CHECK (length(maintenance_reason) <= 1000),
    change_seq         bigint      NOT NULL DEFAULT 0,
    updated_at         timestamptz NOT NULL DEFAULT now(),
    UNIQUE (cloud, region, zone)
);

CREATE TABLE clusters (
    id          bigserial   PRIMARY KEY,
    region_id   bigint      NOT NULL REFERENCES regions (id) ON DELETE RESTRICT,
    name        text        NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 128),
    purpose     text        NOT NULL DEFAULT '' CHECK (length(purpose) <= 256),
    change_seq  bigint      NOT NULL DEFAULT 0,
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX clusters_region_idx ON clusters (region_id);

CREATE TABLE nodes (
    id                 bigserial   PRIMARY KEY,
    cluster_id         bigint      NOT NULL REFERENCES clusters (id) ON DELETE RESTRICT,
    hostname           text        NOT NULL UNIQUE CHECK (length(hostname) BETWEEN 1 AND 253),
    ip                 inet        NOT NULL,
    status             text        NOT NULL DEFAULT 'up' CHECK (status IN ('up', 'down', 'draining')),
    cpu_cores          integer     NOT NULL DEFAULT 0 CHECK (cpu_cores >= 0),
    memory_mb          integer     NOT NULL DEFAULT 0 CHECK (memory_mb >= 0),
    maintenance_until  timestamptz,
    maintenance_reason text        CHECK (length(maintenance_reason) <= 1000),
    change_seq         bigint      NOT NULL DEFAULT 0,
    updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX nodes_cluster_idx ON nodes (cluster_id);

CREATE TABLE services (
    id           bigserial   PRIMARY KEY,
    name         text        NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 64),
    kind         text        NOT NULL CHECK (kind IN ('ai', 'crm', 'backend')),
    default_port integer     NOT NULL CHECK (default_port BETWEEN 1 AND 65535),
    description  text        NOT NULL DEFAULT '' CHECK (length(description) <= 1000),
    change_seq   bigint      NOT NULL DEFAULT 0,
    updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE service_instances (
    id                 bigserial   PRIMARY KEY,
    service_id         bigint      NOT NULL REFERENCES services (id) ON DELETE RESTRICT,
    node_id            bigint      NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    failover_group     text        NOT NULL CHECK (length(failover_group) BETWEEN 1 AND 128),
    endpoint           text        NOT NULL CHECK (length(endpoint) BETWEEN 1 AND 255),
    role               text        NOT NULL DEFAULT 'active' CHECK (role IN ('primary', 'standby', 'active')),
    weight             integer     NOT NULL DEFAULT 100 CHECK (weight BETWEEN 0 AND 1000),
    status             text        NOT NULL DEFAULT 'unknown'
                                   CHECK (status IN ('unknown', 'passing', 'warning', 'critical')),
    health_check_url   text        NOT NULL DEFAULT '' CHECK (length(health_check_url) <= 2048),
    generation         bigint      NOT NULL DEFAULT 1 CHECK (generation >= 1),
    maintenance_until  timestamptz,
    maintenance_reason text        CHECK (length(maintenance_reason) <= 1000),
    change_seq         bigint      NOT NULL DEFAULT 0,
    updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX service_instances_service_idx ON service_instances (service_id);
CREATE INDEX service_instances_node_idx ON service_instances (node_id);
CREATE INDEX service_instances_group_idx ON service_instances (failover_group);
-- Never two primaries in one failover group, whatever a console or a person does.
CREATE UNIQUE INDEX service_instances_one_primary ON service_instances (failover_group) WHERE role = 'primary';

CREATE TABLE check_policies (
    id            bigserial   PRIMARY KEY,
    service_id    bigint      UNIQUE REFERENCES services (id) ON DELETE CASCADE, -- NULL: the default policy
    check_type    text        NOT NULL DEFAULT 'http' CHECK (check_type IN ('http', 'tcp')),
    path          text        NOT NULL DEFAULT '/health' CHECK (length(path) <= 1024),
    expect_status integer     NOT NULL DEFAULT 200 CHECK (expect_status BETWEEN 100 AND 599),
    expect_body   text        NOT NULL DEFAULT '' CHECK (length(expect_body) <= 1024),
    interval_ms   integer     NOT NULL DEFAULT 10000 CHECK (interval_ms BETWEEN 1000 AND 3600000),
    timeout_ms    integer     NOT NULL DEFAULT 2000 CHECK (timeout_ms BETWEEN 100 AND 60000),
    rise          integer     NOT NULL DEFAULT 2 CHECK (rise BETWEEN 1 AND 100),
    fall          integer     NOT NULL DEFAULT 3 CHECK (fall BETWEEN 1 AND 100),
    change_seq    bigint      NOT NULL DEFAULT 0,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CHECK (timeout_ms < interval_ms)
);
CREATE UNIQUE INDEX check_policies_one_default ON check_policies ((service_id IS NULL)) WHERE service_id IS NULL;

-- History: append-only, followed by id.
CREATE TABLE health_events (
    id          bigserial   PRIMARY KEY,
    instance_id bigint      NOT NULL REFERENCES service_instances (id) ON DELETE CASCADE,
    from_state  text        NOT NULL CHECK (from_state IN ('unknown', 'passing', 'warning', 'critical')),
    to_state    text        NOT NULL CHECK (to_state IN ('unknown', 'passing', 'warning', 'critical')),
    observed_at timestamptz NOT NULL DEFAULT now(),
    observer    text        NOT NULL DEFAULT '',
    detail      text        NOT NULL DEFAULT '' CHECK (length(detail) <= 4000)
);
CREATE INDEX health_events_observed_idx ON health_events (observed_at);
CREATE INDEX health_events_instance_idx ON health_events (instance_id, observed_at);

CREATE TABLE failover_events (
    id                 bigserial   PRIMARY KEY,
    failover_group     text        NOT NULL,
    service_id         bigint      REFERENCES services (id) ON DELETE SET NULL,
    from_instance_id   bigint      REFERENCES service_instances (id) ON DELETE SET NULL,
    to_instance_id     bigint      REFERENCES service_instances (id) ON DELETE SET NULL,
    trigger            text        NOT NULL CHECK (trigger IN ('auto', 'manual')),
    actor              text        NOT NULL,
    reason             text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
    fencing_generation bigint      NOT NULL,
    outcome            text        NOT NULL DEFAULT 'pending'
                                   CHECK (outcome IN ('pending', 'committed', 'refused', 'failed',
                                                      'actuated', 'actuation_failed')),
    detail             text        NOT NULL DEFAULT '' CHECK (length(detail) <= 8000),
    started_at         timestamptz NOT NULL DEFAULT now(),
    committed_at       timestamptz,
    finished_at        timestamptz,
    change_seq         bigint      NOT NULL DEFAULT 0,
    updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX failover_events_group_idx ON failover_events (failover_group, started_at);
CREATE INDEX failover_events_started_idx ON failover_events (started_at);

CREATE TABLE audit_log (
    id       bigserial   PRIMARY KEY,
    at       timestamptz NOT NULL DEFAULT now(),
    actor    text        NOT NULL,
    db_user  text        NOT NULL DEFAULT current_user,
    host     text        NOT NULL DEFAULT '',
    action   text        NOT NULL CHECK (length(action) BETWEEN 1 AND 128),
    target   text        NOT NULL DEFAULT '',
    detail   jsonb       NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_log_at_idx ON audit_log (at);

-- Change tracking ---------------------------------------------------------------------------------

CREATE FUNCTION registry_stamp_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.change_seq := nextval('registry_change_seq');
    NEW.updated_at := now();
    RETURN NEW;
END $$;

CREATE FUNCTION registry_record_deletes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO registry_tombstones (table_name, row_id)
    SELECT TG_TABLE_NAME, o.id FROM old_rows o;
    RETURN NULL;
END $$;

-- One notification per statement, payload = table name: consoles re-read by change_seq, so a
-- 50,000-row seed costs one NOTIFY, and identical payloads in a transaction fold into one.
CREATE FUNCTION registry_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('looma_registry', TG_TABLE_NAME);
    RETURN NULL;
END $$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['regions', 'clusters', 'nodes', 'services', 'service_instances',
                             'check_policies', 'failover_events'] LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE ON %I
                        FOR EACH ROW EXECUTE FUNCTION registry_stamp_row()', t || '_stamp', t);
        EXECUTE format('CREATE INDEX %I ON %I (change_seq)', t || '_change_seq_idx', t);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION registry_record_deletes()', t || '_tombstone', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['regions', 'clusters', 'nodes', 'services', 'service_instances',
                             'check_policies', 'failover_events', 'health_events', 'audit_log'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I
                        FOR EACH STATEMENT EXECUTE FUNCTION registry_notify_change()', t || '_notify', t);
    END LOOP;
END $$;
