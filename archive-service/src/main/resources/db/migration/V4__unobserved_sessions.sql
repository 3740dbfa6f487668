-- The sweep of sessions nobody observes any more (refresh lost the stream, or it left the active set): each open
-- session row says when its channel was last observed and from which partition of twitch.streams.observations.v1,
-- so the replica that owns that partition finds its stale sessions with one index range scan per partition.
-- Rows written before this migration get their partition with the channel's next observation; until then the sweep
-- leaves them alone.
ALTER TABLE open_sessions
    ADD COLUMN last_observed_at   timestamptz,
    ADD COLUMN observed_partition integer;

UPDATE open_sessions SET last_observed_at = (state ->> 'lastObservedAt')::timestamptz;

COMMENT ON COLUMN open_sessions.last_observed_at IS 'Time of the channel''s latest observation (LIVE or ABSENT)';
COMMENT ON COLUMN open_sessions.observed_partition IS 'Partition of twitch.streams.observations.v1 the latest observation came from: only the consumer owning it sweeps the session';
COMMENT ON COLUMN open_sessions.updated_at IS 'When archive last wrote the row (processing time): the sweep also waits this long';
CREATE INDEX open_sessions_unobserved ON open_sessions (observed_partition, last_observed_at);
