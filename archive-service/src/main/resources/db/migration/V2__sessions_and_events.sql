-- Sessions, their in-progress state, the outbox of twitch.streams.ended.v1, channels and channel events.
-- Written only by archive-service; every write is idempotent on a natural key.

CREATE TABLE channels (
    broadcaster_id    text PRIMARY KEY,
    broadcaster_login text        NOT NULL,
    broadcaster_name  text        NOT NULL,
    first_seen_at     timestamptz NOT NULL,
    last_seen_at      timestamptz NOT NULL
);
COMMENT ON TABLE channels IS 'Broadcasters archive has seen (a session opened or ended, or a channel event), latest login and name';

CREATE TABLE stream_sessions (
    stream_id         text PRIMARY KEY,
    broadcaster_id    text             NOT NULL,
    broadcaster_login text             NOT NULL,
    broadcaster_name  text             NOT NULL,
    started_at        timestamptz      NOT NULL,
    ended_at          timestamptz      NOT NULL,
    duration_seconds  bigint           NOT NULL CHECK (duration_seconds >= 0),
    peak_viewers      integer          NOT NULL CHECK (peak_viewers >= 0),
    average_viewers   double precision NOT NULL CHECK (average_viewers >= 0),
    viewer_minutes    bigint           NOT NULL CHECK (viewer_minutes >= 0),
    games             jsonb            NOT NULL,
    titles            text[]           NOT NULL,
    tags              text[]           NOT NULL,
    language          text             NOT NULL,
    end_reason        text             NOT NULL CHECK (end_reason IN ('OFFLINE_EVENT', 'NEW_STREAM', 'ABSENT_GRACE')),
    observations      integer          NOT NULL CHECK (observations >= 0),
    closed_at         timestamptz      NOT NULL,
    event_id          uuid             NOT NULL UNIQUE,
    CHECK (ended_at >= started_at)
);
COMMENT ON TABLE stream_sessions IS 'One row per ended broadcast (stream id); ended_at is the last LIVE observation or the offline event, closed_at when archive noticed';
COMMENT ON COLUMN stream_sessions.games IS 'JSON array of {game_id, game_name, seconds}, in order of first appearance';
COMMENT ON COLUMN stream_sessions.viewer_minutes IS 'Viewers integrated over LIVE observations, each counted up to the next, capped (archive.session.max-integration-gap)';
CREATE INDEX stream_sessions_by_channel ON stream_sessions (broadcaster_id, ended_at DESC);
CREATE INDEX stream_sessions_by_end ON stream_sessions (ended_at);

CREATE TABLE open_sessions (
    broadcaster_id text PRIMARY KEY,
    stream_id      text        NOT NULL,
    last_live_at   timestamptz NOT NULL,
    state          jsonb       NOT NULL,
    updated_at     timestamptz NOT NULL
);
COMMENT ON TABLE open_sessions IS 'Sessions in progress, one per channel: the durable copy of the consumer''s in-memory state, written with consumed_offsets';

CREATE TABLE consumed_offsets (
    topic       text        NOT NULL,
    partition   integer     NOT NULL,
    next_offset bigint      NOT NULL,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (topic, partition)
);
COMMENT ON TABLE consumed_offsets IS 'Idempotent consumer: next offset to process per partition, committed in the same transaction as the effects';

CREATE TABLE outbox (
    event_id    uuid PRIMARY KEY,
    seq         bigint GENERATED ALWAYS AS IDENTITY,
    topic       text        NOT NULL,
    message_key text        NOT NULL,
    payload     text        NOT NULL,
    created_at  timestamptz NOT NULL,
    sent_at     timestamptz
);
COMMENT ON TABLE outbox IS 'Records to publish (StreamEnded), written with their session; relayed at least once, marked sent after the broker acknowledged';
CREATE INDEX outbox_unsent ON outbox (seq) WHERE sent_at IS NULL;

CREATE TABLE channel_events (
    event_id       text PRIMARY KEY,
    broadcaster_id text        NOT NULL,
    event_type     text        NOT NULL,
    actor_id       text,
    actor_login    text,
    actor_name     text,
    amount         integer,
    tier           text,
    occurred_at    timestamptz NOT NULL,
    payload        jsonb       NOT NULL,
    received_at    timestamptz NOT NULL
);
COMMENT ON TABLE channel_events IS 'EventSub channel events keyed by the Twitch message id; actor = the user who acted (the other channel for raids)';
COMMENT ON COLUMN channel_events.amount IS 'bits (cheer), subscriptions gifted (gift), raiders (raid), cumulative months (resub)';
-- "The 10 most recent events" of a channel, and of all channels.
CREATE INDEX channel_events_recent ON channel_events (broadcaster_id, occurred_at DESC);
CREATE INDEX channel_events_by_time ON channel_events (occurred_at);
-- "Events per streamer per type" (counts and lists).
CREATE INDEX channel_events_by_type ON channel_events (broadcaster_id, event_type, occurred_at DESC);
-- Erasing a revoking user's data.
CREATE INDEX channel_events_by_actor ON channel_events (actor_id) WHERE actor_id IS NOT NULL;

CREATE TABLE revoked_users (
    user_id     text PRIMARY KEY,
    revoked_at  timestamptz NOT NULL,
    recorded_at timestamptz NOT NULL
);
COMMENT ON TABLE revoked_users IS 'user.authorization.revoke: events of the user from before revoked_at are not stored again (late or redelivered)';
