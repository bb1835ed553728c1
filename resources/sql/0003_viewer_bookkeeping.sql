-- Looma Ops Console registry, schema version 3: the bookkeeping reads a console makes before its
-- first snapshot (the schema version check, the change-sequence watermark) for both roles, so a
-- console logged in as a viewer loads the fleet instead of stopping at "permission denied".
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'looma_viewer')
       OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'looma_operator') THEN
        RAISE NOTICE 'roles looma_viewer/looma_operator do not exist; grants skipped';
        RETURN;
    END IF;
    EXECUTE 'GRANT SELECT ON schema_version TO looma_viewer, looma_operator';
    EXECUTE 'GRANT SELECT ON SEQUENCE registry_change_seq TO looma_viewer, looma_operator';
END $$;
