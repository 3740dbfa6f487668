package io.streampulse.testkit;

/**
 * Redis for tests: one server per JVM, started or found on first use. Tests share it, so give
 * every key a prefix from {@link TestNames#unique} (e.g. {@code TestNames.unique("budget") + ":"}).
 * Order: {@code REDIS_URI} when set; else a redis:7 container when Docker answers; else
 * 127.0.0.1:6379 when it answers PING; else an embedded redis-server on a free port.
 */
public final class TestRedis {

    private static final Lazy<String> SERVER = new Lazy<>("redis", RedisBackends::start);

    private TestRedis() {
    }

    /** The server as {@code redis://host:port}. */
    public static String uri() {
        return SERVER.get();
    }
}
