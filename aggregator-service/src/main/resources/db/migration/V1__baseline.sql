-- Baseline of the aggregator schema, owned by aggregator-service (Flyway creates the schema itself).
-- The feature tables come with the issues that write them, as V2 onwards.
COMMENT ON SCHEMA aggregator IS 'StreamPulse aggregator-service: tables written only by aggregator-service (Flyway history in aggregator.flyway_schema_history)';
