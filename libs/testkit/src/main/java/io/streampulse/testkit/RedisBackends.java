package io.streampulse.testkit;

import org.testcontainers.containers.GenericContainer;

/**
 * Chooses the Redis server: REDIS_URI, else a redis:7 container, else 127.0.0.1 (port
 * {@code testkit.redis.port}, default 6379) when it answers PING, else an embedded one.
 */
final class RedisBackends {

    static final String ENV = "REDIS_URI";
    static final String IMAGE = "redis:7";
    private static final int REDIS_PORT = 6379;

    private RedisBackends() {
    }

    static Started<String> start() {
        return Settings.env(ENV)
                .map(uri -> Started.external(uri, "server from " + ENV))
                .orElseGet(() -> Docker.available() ? container() : localOrEmbedded());
    }

    private static Started<String> container() {
        GenericContainer<?> redis = new GenericContainer<>(IMAGE).withExposedPorts(REDIS_PORT);
        redis.start();
        String uri = "redis://" + redis.getHost() + ":" + redis.getMappedPort(REDIS_PORT);
        return new Started<>(uri, "Testcontainers " + IMAGE + " at " + uri, redis::stop);
    }

    private static Started<String> localOrEmbedded() {
        int port = Settings.localPort("testkit.redis.port", REDIS_PORT);
        if (RedisPing.answers("127.0.0.1", port)) {
            String uri = "redis://127.0.0.1:" + port;
            return Started.external(uri, "local server at " + uri);
        }
        TestkitLog.info("redis: nothing answers PING on 127.0.0.1:" + port);
        return EmbeddedRedis.start();
    }
}
