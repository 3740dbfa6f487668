package io.streampulse.twitchsim.helix;

import io.streampulse.twitchsim.http.ApiError;
import io.streampulse.twitchsim.http.HttpCall;
import io.streampulse.twitchsim.http.Times;
import io.streampulse.twitchsim.world.Catalog;
import io.streampulse.twitchsim.world.Channels;
import io.streampulse.twitchsim.world.World;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * {@code GET /helix/streams}: live streams by viewer count (descending); filters user_id / user_login / game_id /
 * language (each up to 100 values, repeated keys), type all|live, first 1..100 (default 20), after/before.
 * A live stream is missing from a response with probability {@code flapRate}, as Twitch's index flaps.
 */
final class StreamsEndpoint implements HelixEndpoint {
    private final World world;
    private final DoubleSupplier flapRate;

    StreamsEndpoint(World world, DoubleSupplier flapRate) {
        this.world = world;
        this.flapRate = flapRate;
    }

    @Override
    public void handle(HttpCall call, Caller caller) {
        StreamFilter filter = StreamFilter.from(call, world.channels(), world.catalog());
        int first = Params.first(call, 20, 100);
        Map<String, Object> body = world.read(() -> respond(call, filter, first));
        call.json(200, body);
    }

    private Map<String, Object> respond(HttpCall call, StreamFilter filter, int first) {
        int[] ordered = filter.select(world);
        Params.Page page = Params.page(call, first, ordered.length);
        double flap = flapRate.getAsDouble();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<Map<String, Object>> data = new ArrayList<>(Math.max(0, page.end() - page.start()));
        for (int i = page.start(); i < page.end(); i++) {
            if (flap <= 0 || random.nextDouble() >= flap) {
                data.add(stream(ordered[i]));
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", data);
        body.put("pagination", Cursor.pagination(page.cursor()));
        return body;
    }

    private Map<String, Object> stream(int ch) {
        Channels channels = world.channels();
        Catalog catalog = world.catalog();
        int game = channels.game(ch);
        String login = channels.login(ch);
        Map<String, Object> s = new LinkedHashMap<>(24);
        s.put("id", Long.toString(world.streamId(ch)));
        s.put("user_id", channels.userId(ch));
        s.put("user_login", login);
        s.put("user_name", channels.displayName(ch));
        s.put("game_id", catalog.gameId(game));
        s.put("game_name", catalog.gameName(game));
        s.put("type", "live");
        s.put("title", catalog.title(channels.title(ch)));
        s.put("tags", catalog.tags(channels.language(ch), channels.tagSet(ch)));
        s.put("viewer_count", world.viewers(ch));
        s.put("started_at", Times.seconds(Instant.ofEpochMilli(world.startedAtMillis(ch))));
        s.put("language", catalog.languageCode(channels.language(ch)));
        s.put("thumbnail_url", "https://static-cdn.jtvnw.net/previews-ttv/live_user_" + login + "-{width}x{height}.jpg");
        s.put("tag_ids", List.of());
        s.put("is_mature", false);
        return s;
    }

    /** The parsed filters; unknown users, games and languages simply match nothing. */
    record StreamFilter(Set<Integer> users, boolean anyUser, Set<Integer> games, boolean anyGame,
                        Set<String> languages) {

        static StreamFilter from(HttpCall call, Channels channels, Catalog catalog) {
            List<String> ids = Params.repeated(call, "user_id", 100);
            List<String> logins = Params.repeated(call, "user_login", 100);
            List<String> gameIds = Params.repeated(call, "game_id", 100);
            List<String> languages = Params.repeated(call, "language", 100);
            String type = call.query("type");
            if (type != null && !type.equals("all") && !type.equals("live")) {
                throw ApiError.helix(400, "The parameter \"type\" was malformed: the value must be one of \"all\", \"live\"");
            }
            Set<Integer> users = new HashSet<>();
            ids.forEach(id -> addIfKnown(users, channels.byUserId(id)));
            logins.forEach(login -> addIfKnown(users, channels.byLogin(login)));
            Set<Integer> games = new HashSet<>();
            gameIds.forEach(id -> addIfKnown(games, catalog.gameById(id)));
            return new StreamFilter(users, ids.isEmpty() && logins.isEmpty(), games, gameIds.isEmpty(),
                    Set.copyOf(languages));
        }

        private static void addIfKnown(Set<Integer> set, int index) {
            if (index >= 0) {
                set.add(index);
            }
        }

        /** Matching live channels in Get Streams order. */
        int[] select(World world) {
            int[] order = world.snapshot().order();
            if (anyUser && anyGame && languages.isEmpty()) {
                return order;
            }
            Channels channels = world.channels();
            Catalog catalog = world.catalog();
            int[] selected = new int[anyUser ? order.length : Math.min(order.length, users.size())];
            int count = 0;
            for (int ch : anyUser ? order : sortedLiveUsers(world)) {
                if ((anyGame || games.contains(channels.game(ch)))
                        && (languages.isEmpty() || languages.contains(catalog.languageCode(channels.language(ch))))) {
                    selected[count++] = ch;
                }
            }
            return java.util.Arrays.copyOf(selected, count);
        }

        private int[] sortedLiveUsers(World world) {
            return users.stream().filter(world::isLive)
                    .sorted((a, b) -> world.viewers(a) != world.viewers(b)
                            ? Integer.compare(world.viewers(b), world.viewers(a)) : Integer.compare(a, b))
                    .mapToInt(Integer::intValue).toArray();
        }
    }
}
