package io.streampulse.twitchsim.helix;

import io.streampulse.twitchsim.http.ApiError;
import io.streampulse.twitchsim.http.HttpCall;
import io.streampulse.twitchsim.world.Catalog;
import io.streampulse.twitchsim.world.Channels;
import io.streampulse.twitchsim.world.World;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code GET /helix/channels}: broadcaster_id (1..100, repeated); offline channels show their last title/game. */
final class ChannelsEndpoint implements HelixEndpoint {
    private final World world;

    ChannelsEndpoint(World world) {
        this.world = world;
    }

    @Override
    public void handle(HttpCall call, Caller caller) {
        List<String> ids = Params.repeated(call, "broadcaster_id", 100);
        if (ids.isEmpty()) {
            throw ApiError.helix(400, "Missing required parameter \"broadcaster_id\"");
        }
        Channels channels = world.channels();
        Set<Integer> found = new LinkedHashSet<>();
        ids.forEach(id -> {
            int ch = channels.byUserId(id);
            if (ch >= 0) {
                found.add(ch);
            }
        });
        List<Map<String, Object>> data = world.read(() -> {
            List<Map<String, Object>> list = new ArrayList<>(found.size());
            found.forEach(ch -> list.add(channel(ch)));
            return list;
        });
        call.json(200, Map.of("data", data));
    }

    private Map<String, Object> channel(int ch) {
        Channels channels = world.channels();
        Catalog catalog = world.catalog();
        int game = channels.game(ch);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("broadcaster_id", channels.userId(ch));
        c.put("broadcaster_login", channels.login(ch));
        c.put("broadcaster_name", channels.displayName(ch));
        c.put("broadcaster_language", catalog.languageCode(channels.language(ch)));
        c.put("game_id", catalog.gameId(game));
        c.put("game_name", catalog.gameName(game));
        c.put("title", catalog.title(channels.title(ch)));
        c.put("delay", 0);
        c.put("tags", catalog.tags(channels.language(ch), channels.tagSet(ch)));
        c.put("content_classification_labels", catalog.labels(game, channels.labels(ch)));
        c.put("is_branded_content", false);
        return c;
    }
}
