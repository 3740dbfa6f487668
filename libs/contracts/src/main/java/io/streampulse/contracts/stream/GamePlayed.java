package io.streampulse.contracts.stream;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.streampulse.contracts.event.Require;

/** Time a session spent in one category (game_id "" for no category). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GamePlayed(String gameId, String gameName, long seconds) {

    public GamePlayed {
        gameId = Require.orEmpty(gameId);
        gameName = Require.orEmpty(gameName);
        Require.notNegative(seconds, "games[].seconds");
    }
}
