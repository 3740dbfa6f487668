-- The read-only role of api-service's read API (datasources.reader): USAGE and SELECT on schemas archive and
-- aggregator, nothing else (not schema api, no writes). Idempotent: run it again after adding schemas or on every
-- deploy. Run it as a superuser (or as the owner of both schemas) AFTER archive-service and aggregator-service have
-- migrated their schemas; a schema that does not exist yet is skipped with a NOTICE.
-- Default privileges are set for the owner of each schema, so tables that later migrations (or archive's daily
-- snapshot partitions) create are readable too. Give the role a password from a secret, not here:
--   ALTER ROLE streampulse_api_reader PASSWORD '...';
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'streampulse_api_reader') THEN
        CREATE ROLE streampulse_api_reader LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT;
    END IF;
EXCEPTION WHEN duplicate_object THEN
    RAISE NOTICE 'role streampulse_api_reader was created concurrently';
END
$$;

-- Every session of the role is read-only, whatever the client asks for.
ALTER ROLE streampulse_api_reader SET default_transaction_read_only = on;

DO $$
DECLARE
    target text;
    owner text;
BEGIN
    FOREACH target IN ARRAY ARRAY['archive', 'aggregator'] LOOP
        SELECT pg_catalog.pg_get_userbyid(n.nspowner) INTO owner
        FROM pg_catalog.pg_namespace n WHERE n.nspname = target;
        IF owner IS NULL THEN
            RAISE NOTICE 'schema % does not exist yet: run this script again after its migrations', target;
            CONTINUE;
        END IF;
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO streampulse_api_reader', target);
        EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO streampulse_api_reader', target);
        EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I GRANT SELECT ON TABLES TO streampulse_api_reader',
            owner, target);
    END LOOP;
END
$$;
