package io.streampulse.faultcheck.score;

import java.time.Instant;

/** A row of archive.stream_sessions. */
public record ArchivedSession(String streamId, String broadcasterId, Instant startedAt, Instant endedAt, String endReason) {
}
