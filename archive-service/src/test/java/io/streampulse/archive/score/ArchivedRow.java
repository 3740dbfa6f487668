package io.streampulse.archive.score;

import java.time.Instant;

/** One row of {@code archive.stream_sessions}, the columns the score needs. */
record ArchivedRow(String streamId, String broadcasterId, Instant startedAt, Instant endedAt, long viewerMinutes,
                   String endReason) {
}
