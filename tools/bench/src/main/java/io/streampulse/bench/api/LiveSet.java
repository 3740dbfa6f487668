package io.streampulse.bench.api;

import io.lettuce.core.api.sync.RedisCommands;
import io.streampulse.contracts.stream.LiveStreamUpdated;
import io.streampulse.contracts.stream.StreamState;
import io.streampulse.contracts.topic.Topics;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * What the live endpoints read, as the other services write it: the {@code live} most popular seeded channels on
 * the compacted twitch.streams.live.v1 (as refresh-service publishes them; api-service's live index follows the
 * topic), and the channel and game leaderboards in Redis (as aggregator-service keeps them, default prefix).
 */
final class LiveSet {

    static final String LEADERBOARD_PREFIX = "streampulse:leaderboard:";
    private static final int BOARD_SIZE = 100;
    private static final int GAMES = 50;

    private LiveSet() {
    }

    static void publish(String kafka, RedisCommands<String, String> redis, int live) throws Exception {
        Instant now = Instant.now();
        Properties config = new Properties();
        config.put("bootstrap.servers", kafka);
        config.put("acks", "all");
        config.put("linger.ms", "5");
        Map<String, String> channelBoard = new HashMap<>();
        long[] gameViewers = new long[GAMES];
        try (KafkaProducer<String, LiveStreamUpdated> producer = new KafkaProducer<>(config,
            Topics.STREAMS_LIVE.keySerde().serializer(), Topics.STREAMS_LIVE.valueSerde().serializer())) {
            for (int i = 0; i < live; i++) {
                String id = ReadModelSeed.broadcasterId(i);
                String login = ReadModelSeed.login(i);
                int viewers = (int) Math.round(20_000.0 / Math.pow(i + 1, 0.8) + 3);
                int game = i % GAMES;
                gameViewers[game] += viewers;
                StreamState state = new StreamState("live-" + id, id, login, "Channel_" + i, gameId(game),
                    "Game " + game, "Live now " + i, List.of("English", "Tag" + (i % 20)), viewers,
                    now.minusSeconds(3600 + i % 7200), "en", "live", "https://thumb.example/" + id);
                producer.send(new ProducerRecord<>(Topics.STREAMS_LIVE.name(), id,
                    new LiveStreamUpdated(UUID.randomUUID().toString(), now, 1, state, now)));
                if (i < BOARD_SIZE) {
                    channelBoard.put(id, entry(i + 1, id, login, "Channel_" + i, viewers));
                }
            }
            producer.flush();
        }
        Map<String, String> gameBoard = new HashMap<>();
        for (int g = 0; g < Math.min(GAMES, live); g++) {
            gameBoard.put(gameId(g), entry(g + 1, gameId(g), "", "Game " + g, gameViewers[g]));
        }
        Map<String, String> meta = Map.of("window_start", now.minusSeconds(60).toString(), "window_end",
            now.toString(), "computed_at", now.toString(), "event_id", "bench");
        for (var board : Map.of("channels", channelBoard, "games", gameBoard).entrySet()) {
            if (!board.getValue().isEmpty()) {
                redis.hset(LEADERBOARD_PREFIX + board.getKey() + ":entries", board.getValue());
            }
            redis.hset(LEADERBOARD_PREFIX + board.getKey() + ":meta", meta);
        }
    }

    private static String gameId(int game) {
        return Integer.toString(10_000 + game);
    }

    private static String entry(int rank, String id, String login, String name, long viewers) {
        return "{\"rank\":" + rank + ",\"id\":\"" + id + "\",\"login\":\"" + login + "\",\"name\":\"" + name
            + "\",\"viewer_count\":" + viewers + "}";
    }
}
