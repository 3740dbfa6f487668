-- Resolving /channels/{login} (api-service, read-only): case-insensitive, newest sighting first (Twitch frees a
-- login some months after a rename, so two channel ids can have held the same login). Queries must use the same
-- expression: where lower(broadcaster_login) = lower(?) order by last_seen_at desc limit 1.
CREATE INDEX channels_by_login ON channels (lower(broadcaster_login), last_seen_at DESC);
COMMENT ON INDEX channels_by_login IS 'api-service resolves a login case-insensitively: lower(broadcaster_login) = lower(?)';
