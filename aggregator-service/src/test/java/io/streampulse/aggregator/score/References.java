package io.streampulse.aggregator.score;

import com.fasterxml.jackson.databind.JsonNode;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.streampulse.aggregator.score.AggregatorChild.Identity;
import io.streampulse.aggregator.score.SimFeedRun.GroundTruth;
import io.streampulse.testkit.TestRedis;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The figures the rollups are compared with, keyed as {@link RollupReader} keys the rollups: minutes live per
 * channel, viewer-minutes per {@code tag|day} and per {@code game_id|hour start}; and the Redis leaderboards.
 */
final class References {

    private References() {
    }

    /** Minutes live per channel, each channel-day rounded to whole minutes as the statistic is. */
    static Map<String, Double> channelMinutes(Recomputation recomputed) {
        Map<String, Double> perChannel = new HashMap<>();
        recomputed.channelDays.forEach((key, sums) -> perChannel.merge(key.substring(0, key.indexOf('|')),
            (double) Math.round(sums[0] / 60_000.0), Double::sum));
        return perChannel;
    }

    /** Viewer-minutes per key, rounded to whole minutes as the statistics are. */
    static Map<String, Double> viewerMinutes(Map<String, long[]> totals) {
        Map<String, Double> values = new HashMap<>();
        totals.forEach((key, sums) -> values.put(key, (double) Math.round(sums[1] / 60_000.0)));
        return values;
    }

    static Map<String, Double> channelMinutes(GroundTruth truth) {
        return sum(truth.channels(), row -> row.get("broadcaster_id").asText(), "millis", 60_000.0);
    }

    static Map<String, Double> tagDayViewerMinutes(GroundTruth truth) {
        return sum(truth.tags(), row -> row.get("tag").asText() + "|" + row.get("day").asText(), "viewer_minutes", 1);
    }

    static Map<String, Double> gameHourViewerMinutes(GroundTruth truth) {
        return sum(truth.games(), row -> row.get("game_id").asText() + "|" + row.get("hour").asText(),
            "viewer_minutes", 1);
    }

    /**
     * The truth plus what the recomputation credited before the run began ({@code beforeRun}, minutes or
     * viewer-minutes by the same keys): the lead-ins of streams already live at the run's first observations lie
     * before the truth's window, which counts the run only, but in the same channel-days, tag-days (and
     * game-hours before it) as the rollups.
     */
    static Map<String, Double> plusBeforeRun(Map<String, Double> truth, Map<String, Double> beforeRun) {
        Map<String, Double> values = new HashMap<>(truth);
        beforeRun.forEach((key, value) -> values.merge(key, value, Double::sum));
        return values;
    }

    /** Unrounded minutes per channel of a recomputation. */
    static Map<String, Double> exactChannelMinutes(Recomputation recomputed) {
        Map<String, Double> perChannel = new HashMap<>();
        recomputed.channelDays.forEach((key, sums) -> perChannel.merge(key.substring(0, key.indexOf('|')),
            sums[0] / 60_000.0, Double::sum));
        return perChannel;
    }

    /** Unrounded viewer-minutes per key. */
    static Map<String, Double> exactViewerMinutes(Map<String, long[]> totals) {
        Map<String, Double> values = new HashMap<>();
        totals.forEach((key, sums) -> values.put(key, sums[1] / 60_000.0));
        return values;
    }

    /** Both boards of an aggregator (members with scores, entries, meta), as written in Redis. */
    static Map<String, Object> leaderboards(Identity identity) {
        RedisClient client = RedisClient.create(TestRedis.uri());
        try (StatefulRedisConnection<String, String> redis = client.connect()) {
            Map<String, Object> boards = new HashMap<>();
            for (String board : List.of("channels", "games")) {
                String key = identity.redisPrefix() + board;
                boards.put(board, redis.sync().zrevrangeWithScores(key, 0, -1).toString());
                boards.put(board + ":entries", redis.sync().hgetall(key + ":entries"));
                boards.put(board + ":meta", redis.sync().hgetall(key + ":meta"));
            }
            return boards;
        } finally {
            client.shutdown();
        }
    }

    private static Map<String, Double> sum(List<JsonNode> rows, Function<JsonNode, String> key, String field,
                                           double divisor) {
        Map<String, Double> values = new HashMap<>();
        rows.forEach(row -> values.merge(key.apply(row), row.get(field).asDouble() / divisor, Double::sum));
        return values;
    }
}
