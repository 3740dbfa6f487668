package io.streampulse.contracts.stats;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.streampulse.contracts.event.Event;
import io.streampulse.contracts.event.Require;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The top channels or games by current viewers, ranked 1..n, over the window the counts come from.
 * Key {@code channels} or {@code games}: the compacted topic keeps the latest board of each kind.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record LeaderboardComputed(
    String eventId,
    Instant occurredAt,
    int schemaVersion,
    LeaderboardKind board,
    Instant windowStart,
    Instant windowEnd,
    List<LeaderboardEntry> entries) implements Event {

    public LeaderboardComputed {
        Require.envelope(eventId, occurredAt, schemaVersion);
        Require.present(board, "board");
        StatsWindow.check(windowStart, windowEnd);
        entries = Require.listOf(entries, "entries");
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).rank() != i + 1) {
                throw new IllegalArgumentException("entries[" + i + "].rank must be " + (i + 1));
            }
        }
    }

    @Override
    public String key() {
        return board.name().toLowerCase(Locale.ROOT);
    }
}
