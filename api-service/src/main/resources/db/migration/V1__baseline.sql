-- Baseline of the api schema, owned by api-service (Flyway creates the schema itself).
-- The feature tables come with the issues that write them, as V2 onwards.
COMMENT ON SCHEMA api IS 'StreamPulse api-service: tables written only by api-service (Flyway history in api.flyway_schema_history)';
