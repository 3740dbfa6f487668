-- Rollups of the twitch.stats.*.v1 topics, written only by aggregator-service's stats sink.
-- Each row is the full value of one statistics key (upserted, so replays converge); computed_at is the
-- record's occurred_at (the latest event time it covers) and guards against an older value overwriting a
-- newer one; event_id is the record's deterministic id. Indexes on the time column serve "last 30 days".

CREATE TABLE channel_daily (
    broadcaster_id   text             NOT NULL,
    day              date             NOT NULL,
    broadcaster_login text            NOT NULL,
    minutes_live     bigint           NOT NULL,
    viewer_minutes   bigint           NOT NULL,
    peak_viewers     integer          NOT NULL,
    average_viewers  double precision NOT NULL,
    sessions         integer          NOT NULL,
    computed_at      timestamptz      NOT NULL,
    event_id         text             NOT NULL,
    PRIMARY KEY (broadcaster_id, day)
);
CREATE INDEX channel_daily_by_day ON channel_daily (day);

CREATE TABLE game_hourly (
    game_id        text        NOT NULL,
    window_start   timestamptz NOT NULL,
    game_name      text        NOT NULL,
    viewer_minutes bigint      NOT NULL,
    channels_live  integer     NOT NULL,
    peak_viewers   integer     NOT NULL,
    computed_at    timestamptz NOT NULL,
    event_id       text        NOT NULL,
    PRIMARY KEY (game_id, window_start)
);
CREATE INDEX game_hourly_by_window ON game_hourly (window_start);

CREATE TABLE game_daily (
    game_id        text        NOT NULL,
    day            date        NOT NULL,
    game_name      text        NOT NULL,
    viewer_minutes bigint      NOT NULL,
    channels_live  integer     NOT NULL,
    peak_viewers   integer     NOT NULL,
    computed_at    timestamptz NOT NULL,
    event_id       text        NOT NULL,
    PRIMARY KEY (game_id, day)
);
CREATE INDEX game_daily_by_day ON game_daily (day);

CREATE TABLE tag_daily (
    tag            text             NOT NULL,
    day            date             NOT NULL,
    hours_streamed double precision NOT NULL,
    viewer_minutes bigint           NOT NULL,
    computed_at    timestamptz      NOT NULL,
    event_id       text             NOT NULL,
    PRIMARY KEY (tag, day)
);
CREATE INDEX tag_daily_by_day ON tag_daily (day);

CREATE TABLE platform_5m (
    window_start  timestamptz NOT NULL PRIMARY KEY,
    total_viewers bigint      NOT NULL,
    live_channels integer     NOT NULL,
    computed_at   timestamptz NOT NULL,
    event_id      text        NOT NULL
);

-- weekday: ISO 1 = Monday .. 7 = Sunday; hour: UTC 0..23.
CREATE TABLE channel_schedule (
    broadcaster_id    text             NOT NULL,
    weekday           smallint         NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    hour              smallint         NOT NULL CHECK (hour BETWEEN 0 AND 23),
    broadcaster_login text             NOT NULL,
    window_start      timestamptz      NOT NULL,
    window_end        timestamptz      NOT NULL,
    weeks_live        integer          NOT NULL,
    weeks_observed    integer          NOT NULL,
    share             double precision NOT NULL,
    computed_at       timestamptz      NOT NULL,
    event_id          text             NOT NULL,
    PRIMARY KEY (broadcaster_id, weekday, hour)
);

-- sub_tiers: {"1000": n, "2000": n, "3000": n} as in the topic.
CREATE TABLE channel_events_daily (
    broadcaster_id text        NOT NULL,
    event_type     text        NOT NULL,
    day            date        NOT NULL,
    event_count    bigint      NOT NULL,
    bits_total     bigint      NOT NULL,
    sub_tiers      jsonb       NOT NULL,
    computed_at    timestamptz NOT NULL,
    event_id       text        NOT NULL,
    PRIMARY KEY (broadcaster_id, event_type, day)
);
CREATE INDEX channel_events_daily_by_day ON channel_events_daily (day);
