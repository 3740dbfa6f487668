package io.streampulse.faultcheck.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import redis.embedded.RedisServer;

/**
 * The run's own redis-server (the binary of org.signal embedded-redis, as tools/local-stack uses) on a free port,
 * without persistence ({@code save ""}, {@code appendonly no}), so FLUSHALL and restarts never touch the shared
 * Redis on 6379. A restart therefore comes back empty, like a lost cache.
 */
public final class PrivateRedis implements AutoCloseable {

    private final int port;
    private RedisServer server;

    public PrivateRedis(int port) {
        this.port = port;
    }

    public synchronized void start() {
        server = RedisServer.builder()
                .port(port)
                .bind("127.0.0.1")
                .setting("save \"\"")
                .setting("appendonly no")
                .build();
        server.start();
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public String uri() {
        return "redis://127.0.0.1:" + port;
    }

    /** FLUSHALL over a plain connection (RESP); true when Redis answered +OK. */
    public boolean flushAll() {
        return command("*1\r\n$8\r\nFLUSHALL\r\n").startsWith("+OK");
    }

    /** Number of keys in database 0. */
    public long keys() {
        String reply = command("*1\r\n$6\r\nDBSIZE\r\n");
        return reply.startsWith(":") ? Long.parseLong(reply.substring(1).strip()) : -1;
    }

    private String command(String resp) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(resp.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[64];
            int read = in.read(buffer);
            return read <= 0 ? "" : new String(buffer, 0, read, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Redis on port " + port + " did not answer", e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
