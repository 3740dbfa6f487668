package io.streampulse.ingest.sweep;

import io.lettuce.core.api.StatefulRedisConnection;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link LanguageStatsStore} in one Redis hash ({@code <prefix>sweep:languages}): language → {@code count|g1,g2}. */
public final class RedisLanguageStatsStore implements LanguageStatsStore {

    private final StatefulRedisConnection<String, String> redis;
    private final String key;

    public RedisLanguageStatsStore(StatefulRedisConnection<String, String> redis, String keyPrefix) {
        this.redis = redis;
        this.key = keyPrefix + "sweep:languages";
    }

    @Override
    public Map<String, LanguageStats> load() {
        Map<String, LanguageStats> stats = new HashMap<>();
        redis.sync().hgetall(key).forEach((language, value) -> {
            LanguageStats parsed = parse(value);
            if (parsed != null) {
                stats.put(language, parsed);
            }
        });
        return stats;
    }

    @Override
    public void save(String language, LanguageStats stats) {
        redis.sync().hset(key, language, stats.streams() + "|" + String.join(",", stats.topGames()));
    }

    private static LanguageStats parse(String value) {
        int bar = value.indexOf('|');
        try {
            int streams = Integer.parseInt(value.substring(0, bar));
            String games = value.substring(bar + 1);
            return new LanguageStats(streams, games.isEmpty() ? List.of() : Arrays.asList(games.split(",")));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
