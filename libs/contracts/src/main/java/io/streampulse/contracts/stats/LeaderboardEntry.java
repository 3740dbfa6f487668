package io.streampulse.contracts.stats;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.streampulse.contracts.event.Require;

/** One ranked row: a channel (id = broadcaster_id, login) or a game (id = game_id, login ""). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record LeaderboardEntry(int rank, String id, String login, String name, long viewerCount) {

    public LeaderboardEntry {
        Require.positive(rank, "entries[].rank");
        Require.present(id, "entries[].id");
        login = Require.orEmpty(login);
        name = Require.orEmpty(name);
        Require.notNegative(viewerCount, "entries[].viewer_count");
    }
}
