package io.streampulse.api.readapi;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import io.streampulse.testkit.TestKafka;
import io.streampulse.testkit.TestNames;
import io.streampulse.testkit.TestRedis;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The service against real Kafka, Redis and PostgreSQL, reading a freshly migrated and seeded read model through
 * the reader role; Redis keys under prefixes of its own. Subclasses are {@code @MicronautTest} with
 * {@code PER_CLASS} lifecycle and may add properties.
 */
abstract class ReadApiContext implements TestPropertyProvider {

    static final String CURSOR_SECRET = "read-api-test-cursor-secret";

    final ReadApiData data = new ReadApiData();
    final String redisPrefix = TestNames.unique("read-api") + ":";
    ReadModelDatabase db;

    @Inject
    EmbeddedServer server;

    private HttpProbe probe;

    @Override
    public Map<String, String> getProperties() {
        db = ReadModelDatabase.create(getClass().getSimpleName());
        try (Connection owner = db.owner()) {
            data.seed(owner);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot seed the read model", e);
        }
        beforeStart();
        Map<String, String> properties = new HashMap<>(db.properties());
        properties.put("micronaut.server.port", "-1");
        properties.put("kafka.bootstrap.servers", TestKafka.bootstrapServers());
        properties.put("redis.uri", TestRedis.uri());
        properties.put("streampulse.api.cursor-secret", CURSOR_SECRET);
        properties.put("streampulse.api.leaderboard-key-prefix", redisPrefix + "leaderboard:");
        properties.put("streampulse.api.cache.redis-key-prefix", redisPrefix + "cache:");
        properties.put("streampulse.api.rate-limit.redis-key-prefix", redisPrefix + "ratelimit:");
        properties.put("streampulse.api.rate-limit.limit", "100000");
        properties.putAll(extraProperties());
        return properties;
    }

    /** Runs after the database is seeded and before the service starts. */
    void beforeStart() {
    }

    Map<String, String> extraProperties() {
        return Map.of();
    }

    HttpProbe http() {
        if (probe == null) {
            probe = new HttpProbe(server.getURL().toString());
        }
        return probe;
    }
}
