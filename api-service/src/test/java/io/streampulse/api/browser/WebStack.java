package io.streampulse.api.browser;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.testkit.TestDatabase;
import io.streampulse.testkit.TestKafka;
import io.streampulse.testkit.TestNames;
import io.streampulse.testkit.TestPostgres;
import io.streampulse.testkit.TestRedis;
import io.streampulse.twitchsim.ClockMode;
import io.streampulse.twitchsim.SimConfig;
import io.streampulse.twitchsim.TwitchSimulator;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.flywaydb.core.Flyway;

/**
 * What the pages need to work for real: the simulated Twitch (OAuth consent, Helix, EventSub webhooks), ingest-service
 * and archive-service from their jars (webhook → twitch.channel.events.v1 → archive.channel_events), and api-service
 * itself in this JVM, on real Kafka, PostgreSQL and Redis from libs/testkit. The browser reaches the API as
 * {@code http://localhost:<port>}, its public URL.
 */
final class WebStack implements AutoCloseable {

    static final String EXTRA_EMBED_PARENT = "stream.example.com";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final TwitchSimulator sim;
    private final ServiceProcess ingest;
    private final ServiceProcess archive;
    private final EmbeddedServer api;

    private WebStack(TwitchSimulator sim, ServiceProcess ingest, ServiceProcess archive, EmbeddedServer api) {
        this.sim = sim;
        this.ingest = ingest;
        this.archive = archive;
        this.api = api;
    }

    static WebStack start() {
        Path ingestJar = jar("streampulse.ingest.jar", "ingest-service");
        Path archiveJar = jar("streampulse.archive.jar", "archive-service");
        TestKafka.createTopics(Topics.all());
        List<AutoCloseable> started = new ArrayList<>();
        try {
            // A still world (manual clock, no random events): the only channel events are those a test triggers.
            TwitchSimulator sim = opened(started, TwitchSimulator.start(SimConfig.defaults().withPort(0)
                .withChannels(300).withLiveShare(0.3).withClockMode(ClockMode.MANUAL).withAllowHttpCallbacks(true)
                .withDuplicateDeliveryRate(0.0).withEventRatePerChannel(0.0)));
            TestDatabase database = TestPostgres.newDatabase("api-browser");
            migrateAggregatorSchema(database);
            int ingestPort = freePort();
            ServiceProcess ingest = opened(started, ServiceProcess.start("ingest-service", ingestJar, ingestPort,
                ingestSettings(sim, ingestPort), Map.of()));
            ServiceProcess archive = opened(started, ServiceProcess.start("archive-service", archiveJar, freePort(),
                archiveSettings(database), Map.of("DATASOURCES_DEFAULT_PASSWORD", database.password())));
            int apiPort = freePort();
            EmbeddedServer api = ApplicationContext.run(EmbeddedServer.class, apiSettings(sim, database, apiPort));
            started.add(() -> api.getApplicationContext().close());
            ingest.awaitReady(START_TIMEOUT);
            archive.awaitReady(START_TIMEOUT);
            return new WebStack(sim, ingest, archive, api);
        } catch (RuntimeException e) {
            closeInReverse(started, e);
            throw e;
        }
    }

    /**
     * aggregator-service does not run here: its (empty) tables come from its own migrations, so the statistics parts
     * of the pages answer "nothing yet" as on a fresh deployment. archive-service migrates its schema itself.
     */
    private static void migrateAggregatorSchema(TestDatabase database) {
        Flyway.configure()
            .dataSource(database.jdbcUrl(), database.username(), database.password())
            .schemas("aggregator")
            .defaultSchema("aggregator")
            .createSchemas(true)
            .table("flyway_schema_history")
            .locations("filesystem:../aggregator-service/src/main/resources/db/migration")
            .load()
            .migrate();
    }

    private static <T extends AutoCloseable> T opened(List<AutoCloseable> started, T resource) {
        started.add(resource);
        return resource;
    }

    private static void closeInReverse(List<AutoCloseable> started, RuntimeException failure) {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
        }
    }

    /** Where the browser opens the pages: localhost, the API's public URL (the OAuth redirect comes back there). */
    String url(String path) {
        return "http://localhost:" + api.getPort() + path;
    }

    TwitchSimulator sim() {
        return sim;
    }

    SimAdmin simAdmin() {
        return new SimAdmin(sim.baseUrl());
    }

    String diagnostics() {
        return "--- ingest-service ---\n" + ingest.tail() + "\n--- archive-service ---\n" + archive.tail();
    }

    @Override
    public void close() {
        try (sim; ingest; archive) {
            api.getApplicationContext().close();
        }
    }

    private static Map<String, Object> apiSettings(TwitchSimulator sim, TestDatabase database, int port) {
        Map<String, Object> p = new HashMap<>();
        p.put("micronaut.server.port", port);
        p.put("kafka.bootstrap.servers", TestKafka.bootstrapServers());
        p.put("redis.uri", TestRedis.uri());
        p.put("datasources.default.url", database.jdbcUrl());
        p.put("datasources.default.username", database.username());
        p.put("datasources.default.password", database.password());
        p.put("twitch.helix-url", sim.helixUrl());
        p.put("twitch.auth-url", sim.authUrl());
        p.put("twitch.budget.key-prefix", TestNames.unique("budget") + ":");
        p.put("streampulse.api.public-url", "http://localhost:" + port);
        p.put("streampulse.api.watchlist.relay-interval", "1s");
        p.put("streampulse.api.revocations.group-id", TestNames.unique("streampulse-api"));
        p.put("streampulse.api.cache.redis-key-prefix", TestNames.unique("api-cache") + ":");
        p.put("streampulse.api.rate-limit.redis-key-prefix", TestNames.unique("api-ratelimit") + ":");
        p.put("streampulse.api.leaderboard-key-prefix", TestNames.unique("leaderboard") + ":");
        p.put("streampulse.web.embed-parents", EXTRA_EMBED_PARENT);
        return p;
    }

    private static Map<String, String> ingestSettings(TwitchSimulator sim, int port) {
        Map<String, String> p = new HashMap<>();
        p.put("kafka.bootstrap.servers", TestKafka.bootstrapServers());
        p.put("redis.uri", TestRedis.uri());
        p.put("streampulse.ingest.redis-prefix", TestNames.unique("ingest") + ":");
        p.put("twitch.budget.key-prefix", TestNames.unique("budget") + ":");
        p.put("twitch.helix-url", sim.helixUrl());
        p.put("twitch.auth-url", sim.authUrl());
        p.put("twitch.eventsub.callback-url", "http://127.0.0.1:" + port + "/webhooks/eventsub");
        p.put("streampulse.subscriptions.group-id", TestNames.unique("streampulse-ingest"));
        p.put("streampulse.sweep.enabled", "false");
        return p;
    }

    private static Map<String, String> archiveSettings(TestDatabase database) {
        Map<String, String> p = new HashMap<>();
        p.put("kafka.bootstrap.servers", TestKafka.bootstrapServers());
        p.put("datasources.default.url", database.jdbcUrl());
        p.put("datasources.default.username", database.username());
        p.put("archive.consumer.group-id", TestNames.unique("streampulse-archive"));
        p.put("archive.export.enabled", "false");
        return p;
    }

    /** The shaded jar of another service: a system property (set by the browser-tests profile) or the sibling module. */
    private static Path jar(String property, String module) {
        Path jar = Path.of(System.getProperty(property, "../" + module + "/target/" + module + ".jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(module + " jar not found at " + jar.toAbsolutePath() + ": build it first ("
                + "./mvnw -B -pl " + module + " -am package -DskipTests), or run the whole reactor build");
        }
        return jar;
    }

    private static int freePort() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = 20_000 + ThreadLocalRandom.current().nextInt(10_000);
            try (ServerSocket socket = new ServerSocket(port)) {
                socket.setReuseAddress(true);
                return port;
            } catch (IOException e) {
                // taken: try another
            }
        }
        throw new IllegalStateException("no free port in 20000-29999");
    }
}
