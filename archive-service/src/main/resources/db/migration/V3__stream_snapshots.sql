-- Snapshots of live streams at the configured resolution, range-partitioned by UTC day of bucket_start.
-- Partitions (stream_snapshots_pYYYYMMDD) are created ahead and on demand by archive-service and dropped whole
-- after the retention; there is deliberately no default partition (a row must land in its day).
CREATE TABLE stream_snapshots (
    broadcaster_id text        NOT NULL,
    bucket_start   timestamptz NOT NULL,
    stream_id      text        NOT NULL,
    observed_at    timestamptz NOT NULL,
    viewer_count   integer     NOT NULL,
    game_id        text        NOT NULL,
    game_name      text        NOT NULL,
    title          text        NOT NULL,
    language       text        NOT NULL,
    PRIMARY KEY (broadcaster_id, bucket_start)
) PARTITION BY RANGE (bucket_start);
COMMENT ON TABLE stream_snapshots IS 'First LIVE observation of each channel in each bucket of archive.snapshots.resolution';
