package io.streampulse.localstack;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Test fixture: stands in for one of our service jars (or the simulator) in {@link LocalStackLifecycleIT}. Run as
 * {@code java -jar <module>/target/<name>.jar}; takes its port from its jar name, writes the environment it was
 * given next to its jar, answers 200 on every path (503 when FAKE_NEVER_READY is set, inherited from the stack's
 * environment), and blocks until stopped. JDK only: its jar holds this class alone.
 */
public final class FakeService {

    private static final Map<String, Integer> PORTS = Map.of("api-service", 8080, "ingest-service", 8081,
            "refresh-service", 8082, "archive-service", 8083, "aggregator-service", 8084, "twitch-sim", 8090);
    private static final List<String> RECORDED = List.of("KAFKA_BOOTSTRAP_SERVERS", "REDIS_URI", "DATASOURCES_DEFAULT_URL",
            "DATASOURCES_DEFAULT_USERNAME", "TWITCH_HELIX_URL", "TWITCH_CLIENT_ID", "TWITCH_EVENTSUB_CALLBACK_URL",
            "KAFKA_STREAMS_STATE_DIR", "AGGREGATOR_STATE_DIR");

    private FakeService() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("java.class.path")).toAbsolutePath();
        String name = jar.getFileName().toString().replace(".jar", "");
        Map<String, String> recorded = new TreeMap<>();
        RECORDED.forEach(key -> recorded.put(key, System.getenv().getOrDefault(key, "")));
        Files.writeString(jar.resolveSibling("env.txt"), recorded.toString());
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORTS.get(name)), 0);
        int status = System.getenv("FAKE_NEVER_READY") == null ? 200 : 503;
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        System.out.println(name + " listening on " + PORTS.get(name));
        Thread.currentThread().join();
    }
}
