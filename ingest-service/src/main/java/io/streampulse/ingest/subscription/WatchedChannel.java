package io.streampulse.ingest.subscription;

/** A channel on the watchlist; {@code wantsAuthorizedEvents}: also follow, sub, gift, resub and cheer events. */
public record WatchedChannel(String broadcasterId, boolean wantsAuthorizedEvents) {
}
