-- Looma Ops Console registry, schema version 2: database roles for people and consoles.
--   looma_viewer   : reads everything, writes nothing (the failover button stays disabled).
--   looma_operator : reads everything and holds exactly the writes that failover, maintenance and
--                    cooldown acknowledgement need (the console's permission probe checks the same list).
-- Both are NOLOGIN group roles: grant them to login roles, e.g.
--   CREATE ROLE alice LOGIN IN ROLE looma_operator;
-- Roles belong to the whole cluster, so this file creates them only when missing, and tolerates a
-- concurrent migration of another database creating them at the same moment. If the migrating
-- user may not create roles, and they do not exist, the file does nothing but leave a notice:
-- the schema stays usable and an administrator can create the roles and re-grant later.

DO $$
DECLARE
    r text;
    missing boolean := false;
BEGIN
    FOREACH r IN ARRAY ARRAY['looma_viewer', 'looma_operator'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION
                WHEN duplicate_object OR unique_violation THEN
                    NULL; -- created concurrently by another migration
                WHEN insufficient_privilege THEN
                    RAISE NOTICE 'role % does not exist and may not be created here; grants skipped', r;
                    missing := true;
            END;
        END IF;
    END LOOP;
    IF missing THEN
        RETURN;
    END IF;

    EXECUTE 'GRANT USAGE ON SCHEMA public TO looma_viewer, looma_operator';
    EXECUTE 'GRANT SELECT ON regions, clusters, nodes, services, service_instances, check_policies,
                             health_events, failover_events, audit_log, registry_tombstones
             TO looma_viewer, looma_operator';

    -- Failover: lock (FOR UPDATE needs UPDATE on a column), fence, promote, bump the generation.
    EXECUTE 'GRANT UPDATE (role, status, generation, maintenance_until, maintenance_reason)
             ON service_instances TO looma_operator';
    -- Maintenance on nodes and regions.
    EXECUTE 'GRANT UPDATE (maintenance_until, maintenance_reason) ON nodes, regions TO looma_operator';
    -- The record of every attempt, and the webhook outcome written on it afterwards.
    EXECUTE 'GRANT INSERT ON failover_events, audit_log TO looma_operator';
    EXECUTE 'GRANT UPDATE (outcome, detail, finished_at) ON failover_events TO looma_operator';
    -- bigserial ids, and the change-stamp trigger, which runs with the writer''s rights.
    EXECUTE 'GRANT USAGE ON SEQUENCE failover_events_id_seq, audit_log_id_seq, registry_change_seq
             TO looma_operator';
END $$;
