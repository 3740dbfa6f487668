package io.streampulse.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import redis.embedded.RedisServer;

/** A real redis-server 7 process from the org.signal embedded-redis jar, on a free port, no persistence. */
final class EmbeddedRedis {

    private static final int ATTEMPTS = 3;

    private EmbeddedRedis() {
    }

    /** Starts a new server; the caller owns it (close the result to stop it). */
    static Started<String> start() {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            int port = freePort();
            RedisServer server = RedisServer.builder()
                    .port(port)
                    .setting("bind 127.0.0.1")
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .build();
            try {
                server.start();
                return new Started<>("redis://127.0.0.1:" + port, "embedded redis-server on port " + port, server::stop);
            } catch (RuntimeException e) {
                last = e; // the free port was taken in between: try another
            }
        }
        throw new IllegalStateException("embedded Redis did not start", last);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
