-- Baseline of the archive schema, owned by archive-service (Flyway creates the schema itself).
-- The feature tables come with the issues that write them, as V2 onwards.
COMMENT ON SCHEMA archive IS 'StreamPulse archive-service: tables written only by archive-service (Flyway history in archive.flyway_schema_history)';
