package io.streampulse.archive.session;

import io.streampulse.contracts.stream.GamePlayed;
import java.util.ArrayList;
import java.util.List;

/** Time a session spent in one category, in milliseconds while it is open. */
public record GameTime(String gameId, String gameName, long millis) {

    /** {@code games} with {@code millis} added to the entry of {@code gameId} (new entries go last); never below 0. */
    static List<GameTime> add(List<GameTime> games, String gameId, String gameName, long millis) {
        List<GameTime> next = new ArrayList<>(games.size() + 1);
        boolean found = false;
        for (GameTime game : games) {
            if (game.gameId().equals(gameId)) {
                next.add(new GameTime(gameId, gameName, Math.max(0, game.millis() + millis)));
                found = true;
            } else {
                next.add(game);
            }
        }
        if (!found) {
            next.add(new GameTime(gameId, gameName, Math.max(0, millis)));
        }
        return List.copyOf(next);
    }

    GamePlayed played() {
        return new GamePlayed(gameId, gameName, Math.round(millis / 1000.0));
    }
}
