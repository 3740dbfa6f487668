package io.streampulse.twitchsim.helix;

import io.streampulse.twitchsim.http.ApiError;
import io.streampulse.twitchsim.http.HttpCall;
import io.streampulse.twitchsim.world.Catalog;
import io.streampulse.twitchsim.world.World;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/** {@code GET /helix/games} (id / name / igdb_id, at most 100 combined) and {@code GET /helix/games/top}. */
final class GamesEndpoint {
    private final World world;
    private final Catalog catalog;

    GamesEndpoint(World world) {
        this.world = world;
        this.catalog = world.catalog();
    }

    void games(HttpCall call, Caller caller) {
        List<String> ids = call.queryAll("id");
        List<String> names = call.queryAll("name");
        List<String> igdbIds = call.queryAll("igdb_id");
        int total = ids.size() + names.size() + igdbIds.size();
        if (total == 0) {
            throw ApiError.helix(400, "Missing required parameter \"id\", \"name\" or \"igdb_id\"");
        }
        if (total > 100) {
            throw ApiError.helix(400, "The sum of the \"id\", \"name\" and \"igdb_id\" parameters must not exceed 100");
        }
        Set<Integer> games = new LinkedHashSet<>();
        ids.forEach(id -> addIfKnown(games, catalog.gameById(id)));
        names.forEach(name -> addIfKnown(games, catalog.gameByName(name)));
        igdbIds.forEach(id -> addIfKnown(games, catalog.gameByIgdbId(id)));
        List<Map<String, Object>> data = new ArrayList<>();
        games.forEach(g -> data.add(game(g)));
        call.json(200, Map.of("data", data));
    }

    void top(HttpCall call, Caller caller) {
        int first = Params.first(call, 20, 100);
        int[] ranked = world.read(this::rankByViewers);
        Params.Page page = Params.page(call, first, ranked.length);
        List<Map<String, Object>> data = new ArrayList<>();
        for (int i = page.start(); i < page.end(); i++) {
            data.add(game(ranked[i]));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", data);
        body.put("pagination", Cursor.pagination(page.cursor()));
        call.json(200, body);
    }

    private int[] rankByViewers() {
        long[] viewers = new long[catalog.gameCount()];
        for (int ch : world.snapshot().order()) {
            viewers[world.channels().game(ch)] += world.viewers(ch);
        }
        return IntStream.range(0, viewers.length).boxed()
                .sorted(Comparator.<Integer>comparingLong(g -> -viewers[g]).thenComparingInt(g -> g))
                .mapToInt(Integer::intValue).toArray();
    }

    private Map<String, Object> game(int g) {
        Map<String, Object> game = new LinkedHashMap<>();
        game.put("id", catalog.gameId(g));
        game.put("name", catalog.gameName(g));
        game.put("box_art_url", catalog.boxArtUrl(g));
        game.put("igdb_id", catalog.igdbId(g));
        return game;
    }

    private static void addIfKnown(Set<Integer> set, int index) {
        if (index >= 0) {
            set.add(index);
        }
    }
}
