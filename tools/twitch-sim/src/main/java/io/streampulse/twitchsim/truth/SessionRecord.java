package io.streampulse.twitchsim.truth;

import io.streampulse.twitchsim.http.Times;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One broadcast as it really happened. {@code endedAt} is null while live; averages and viewer-minutes are
 * integrated per world tick (up to the time the record was taken for a live session). {@code viewers} is the
 * viewer count at the last tick (the last one before the end for ended sessions).
 */
public record SessionRecord(String broadcasterId, String login, String streamId, Instant startedAt, Instant endedAt,
                            int viewers, int peakViewers, double averageViewers, double viewerMinutes) {

    public boolean live() {
        return endedAt == null;
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("broadcaster_id", broadcasterId);
        json.put("login", login);
        json.put("stream_id", streamId);
        json.put("started_at", Times.fraction(startedAt, 3));
        json.put("ended_at", endedAt == null ? null : Times.fraction(endedAt, 3));
        json.put("viewers", viewers);
        json.put("peak_viewers", peakViewers);
        json.put("average_viewers", Math.round(averageViewers * 100) / 100.0);
        json.put("viewer_minutes", Math.round(viewerMinutes * 100) / 100.0);
        return json;
    }
}
