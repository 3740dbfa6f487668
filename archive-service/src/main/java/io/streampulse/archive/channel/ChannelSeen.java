package io.streampulse.archive.channel;

import java.time.Instant;

/** A channel's identity as a record showed it at {@code seenAt}. */
public record ChannelSeen(String broadcasterId, String broadcasterLogin, String broadcasterName, Instant seenAt) {
}
