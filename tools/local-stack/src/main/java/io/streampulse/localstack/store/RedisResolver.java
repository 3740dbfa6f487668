package io.streampulse.localstack.store;

import io.streampulse.localstack.Ports;
import io.streampulse.localstack.process.Supervisor;
import redis.embedded.RedisServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Finds Redis: REDIS_URI when set; else a server on 127.0.0.1:6379 that answers PING without a password;
 * else an embedded redis-server (org.signal embedded-redis) started by this JVM, on 6379 when free, without
 * persistence (Redis is a cache here: the services rebuild it from Kafka).
 */
public final class RedisResolver {

    static final int DEFAULT_PORT = 6379;
    private static final String LOCAL_HOST = "127.0.0.1";

    private final Map<String, String> env;
    private final Supervisor supervisor;

    public RedisResolver(Map<String, String> env, Supervisor supervisor) {
        this.env = env;
        this.supervisor = supervisor;
    }

    public RedisEndpoint resolve() {
        String uri = env.get("REDIS_URI");
        if (uri != null && !uri.isBlank()) {
            return new RedisEndpoint(uri, "from REDIS_URI");
        }
        if (answersPing(LOCAL_HOST, DEFAULT_PORT)) {
            return new RedisEndpoint("redis://" + LOCAL_HOST + ":" + DEFAULT_PORT, "local server");
        }
        return startEmbedded();
    }

    RedisEndpoint startEmbedded() {
        int port = Ports.preferredOrFree(DEFAULT_PORT);
        RedisServer redis = RedisServer.builder()
                .port(port)
                .bind(LOCAL_HOST)
                .setting("save \"\"")
                .setting("appendonly no")
                .build();
        redis.start();
        supervisor.register(Supervisor.Tier.STORES, new Supervisor.Stoppable() {
            @Override
            public String name() {
                return "embedded Redis";
            }

            @Override
            public void stop() {
                redis.stop();
            }
        });
        return new RedisEndpoint("redis://" + LOCAL_HOST + ":" + port, "embedded, no persistence");
    }

    /** True when a Redis on host:port answers PING with PONG (no password needed). */
    static boolean answersPing(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            socket.setSoTimeout(1_000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] reply = in.readNBytes(7);
            return new String(reply, StandardCharsets.US_ASCII).startsWith("+PONG");
        } catch (IOException notRedis) {
            return false;
        }
    }
}
