package io.streampulse.api.favourite;

/**
 * What the tables say about one channel right now: how many users watch it (their favourite, or the broadcaster
 * who granted the channel scopes for it) and whether its broadcaster granted those scopes.
 */
record WatchState(String broadcasterId, String login, int watchers, boolean channelGranted) {
}
