package io.streampulse.api.channel;

import java.time.Instant;

/**
 * A channel a login resolved to: its broadcaster id, latest login and name, and when archive first and last saw it
 * (null for a channel known only from the live index: live now, never archived).
 */
public record Channel(String broadcasterId, String login, String name, Instant firstSeenAt, Instant lastSeenAt) {
}
