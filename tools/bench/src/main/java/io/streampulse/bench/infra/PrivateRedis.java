package io.streampulse.bench.infra;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A redis-server of the bench's own on a free port, without persistence, so a run may FLUSHALL and load it
 * without touching the shared Redis on 6379. It runs under {@code sh}, which reads the pipe from the bench and
 * stops the server when the pipe closes: the server does not outlive the bench, even after a SIGKILL of it.
 */
public final class PrivateRedis implements AutoCloseable {

    private final Process shell;
    private final int port;
    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;

    private PrivateRedis(Process shell, int port, RedisClient client, StatefulRedisConnection<String, String> connection) {
        this.shell = shell;
        this.port = port;
        this.client = client;
        this.connection = connection;
    }

    public static PrivateRedis start(Path logDir) throws InterruptedException {
        int port = Ports.free();
        String server = "redis-server --bind 127.0.0.1 --port " + port + " --save '' --appendonly no"
            + " --logfile '" + logDir.resolve("redis.log") + "'";
        ProcessBuilder builder = new ProcessBuilder(List.of("sh", "-c",
            server + " & r=$!; cat > /dev/null; kill $r 2>/dev/null; wait $r"))
            .redirectErrorStream(true).redirectOutput(logDir.resolve("redis-shell.log").toFile());
        try {
            Process shell = builder.start();
            RedisClient client = RedisClient.create("redis://127.0.0.1:" + port);
            return new PrivateRedis(shell, port, client, connect(client, shell));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start redis-server (is it installed?)", e);
        }
    }

    public String uri() {
        return "redis://127.0.0.1:" + port;
    }

    public StatefulRedisConnection<String, String> connection() {
        return connection;
    }

    @Override
    public void close() throws InterruptedException {
        connection.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        try {
            shell.getOutputStream().close();
        } catch (IOException e) {
            // the shell is gone already
        }
        if (!shell.waitFor(10, TimeUnit.SECONDS)) {
            shell.destroyForcibly();
        }
    }

    private static StatefulRedisConnection<String, String> connect(RedisClient client, Process shell)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try {
                return client.connect();
            } catch (RedisConnectionException e) {
                if (!shell.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("private redis-server did not start", e);
                }
                TimeUnit.MILLISECONDS.sleep(100);
            }
        }
    }
}
