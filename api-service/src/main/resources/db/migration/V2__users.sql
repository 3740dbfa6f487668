-- Users who logged in with Twitch, their server-side sessions, their favourite channel, and the outbox of
-- twitch.watchlist.v1. Written only by api-service. Twitch tokens live only here: never in a cookie, never logged.

CREATE TABLE users (
    user_id          text        PRIMARY KEY,
    login            text        NOT NULL,
    display_name     text        NOT NULL,
    access_token     text,
    refresh_token    text,
    token_expires_at timestamptz,
    scopes           text[]      NOT NULL,
    channel_grant    boolean     NOT NULL,
    validated_at     timestamptz NOT NULL,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    CHECK (access_token IS NOT NULL OR refresh_token IS NULL)
);
COMMENT ON TABLE users IS 'Twitch users who logged in; tokens are null once the last session ended (revoked at Twitch then)';
COMMENT ON COLUMN users.channel_grant IS 'The user granted the channel scopes (follow, sub, cheer events) for their own channel';
COMMENT ON COLUMN users.validated_at IS 'Last /oauth2/validate of the token (Twitch asks for one at start-up and hourly)';
-- The hourly validation picks the users whose token is due.
CREATE INDEX users_validation_due ON users (validated_at) WHERE access_token IS NOT NULL;

CREATE TABLE sessions (
    session_hash bytea       PRIMARY KEY,
    user_id      text        NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL
);
COMMENT ON TABLE sessions IS 'Server-side sessions; the cookie holds a random token, only its SHA-256 is stored';
CREATE INDEX sessions_by_user ON sessions (user_id);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

CREATE TABLE favourites (
    user_id           text        PRIMARY KEY REFERENCES users (user_id) ON DELETE CASCADE,
    broadcaster_id    text        NOT NULL,
    broadcaster_login text        NOT NULL,
    broadcaster_name  text        NOT NULL,
    chosen_at         timestamptz NOT NULL
);
COMMENT ON TABLE favourites IS 'Each user''s favourite streamer (at most one); the watchlist is computed from it';
CREATE INDEX favourites_by_channel ON favourites (broadcaster_id);

CREATE TABLE watchlist_channels (
    broadcaster_id     text        PRIMARY KEY,
    broadcaster_login  text        NOT NULL,
    version            bigint      NOT NULL,
    published_version  bigint      NOT NULL,
    published_watchers integer,
    changed_at         timestamptz NOT NULL,
    published_at       timestamptz
);
COMMENT ON TABLE watchlist_channels IS 'Outbox of twitch.watchlist.v1: a change bumps version in the transaction of the change; '
    'the relay publishes the state computed from favourites and users under the row lock, then records published_version';
CREATE INDEX watchlist_channels_unpublished ON watchlist_channels (broadcaster_id) WHERE version > published_version;
