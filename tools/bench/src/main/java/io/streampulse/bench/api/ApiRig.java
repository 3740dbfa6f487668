package io.streampulse.bench.api;

import io.streampulse.bench.infra.Console;
import io.streampulse.bench.infra.Ports;
import io.streampulse.bench.infra.PrivateRedis;
import io.streampulse.bench.infra.ServiceProcess;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.testkit.TestKafka;
import io.streampulse.twitchsim.ClockMode;
import io.streampulse.twitchsim.SimConfig;
import io.streampulse.twitchsim.TwitchSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Everything the api benchmark runs against, started in order and stopped in reverse: a real Kafka broker
 * (libs/testkit, in this JVM), a private redis-server, a fresh database on the shared PostgreSQL seeded with the read
 * model, the live set, the Twitch simulator (logins of event streams resolve through its Helix), and api-service's
 * jar configured only through the environment variables of its README.
 */
final class ApiRig implements AutoCloseable {

    /** The API key wrk sends; known to the service with a limit no run reaches, so the limiter never answers 429. */
    static final String API_KEY = "bench-wrk-key";
    static final long API_KEY_LIMIT = 1_000_000_000L;
    private static final Pattern ECHO = Pattern.compile("Startup completed| ERROR ");

    final ApiSettings settings;
    final String kafka;
    final PrivateRedis redis;
    final BenchDatabase database;
    final Map<String, Long> seeded;
    final TwitchSimulator sim;
    final ServiceProcess api;

    private ApiRig(ApiSettings settings, String kafka, PrivateRedis redis, BenchDatabase database, Map<String, Long> seeded,
                   TwitchSimulator sim, ServiceProcess api) {
        this.settings = settings;
        this.kafka = kafka;
        this.redis = redis;
        this.database = database;
        this.seeded = seeded;
        this.sim = sim;
        this.api = api;
    }

    static ApiRig start(ApiSettings s, Path repo, Path apiJar, Path logDir) throws Exception {
        String kafka = startKafka();
        PrivateRedis redis = PrivateRedis.start(logDir);
        Console.log("private redis-server at %s", redis.uri());
        BenchDatabase database = null;
        TwitchSimulator sim = null;
        ServiceProcess api = null;
        try {
            database = BenchDatabase.create(s.postgresServer(), s.postgresUser(), s.postgresPassword());
            Map<String, Long> seeded = ReadModelSeed.run(database, repo, s.channels(), s.days());
            LiveSet.publish(kafka, redis.connection().sync(), Math.min(s.live(), s.channels()));
            Console.log("live set: %,d streams on %s, leaderboards in Redis", Math.min(s.live(), s.channels()),
                Topics.STREAMS_LIVE.name());
            sim = TwitchSimulator.start(SimConfig.defaults().withPort(0).withChannels(100)
                .withClockMode(ClockMode.MANUAL));
            Console.log("simulator at %s", sim.baseUrl());
            api = startApi(s, apiJar, logDir, kafka, redis, database, sim);
            api.awaitReady(Duration.ofMinutes(10));
            Console.log("api ready (pid %d)", api.pid());
            return new ApiRig(s, kafka, redis, database, seeded, sim, api);
        } catch (Exception | Error e) {
            if (api != null) {
                api.close();
            }
            if (sim != null) {
                sim.close();
            }
            if (database != null) {
                database.close();
            }
            redis.close();
            throw e;
        }
    }

    private static ServiceProcess startApi(ApiSettings s, Path jar, Path logDir, String kafka, PrivateRedis redis,
                                           BenchDatabase database, TwitchSimulator sim) {
        int port = Ports.free();
        Map<String, String> env = new HashMap<>();
        env.put("MICRONAUT_SERVER_PORT", Integer.toString(port));
        env.put("STREAMPULSE_API_PUBLIC_URL", "http://127.0.0.1:" + port);
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
        env.put("REDIS_URI", redis.uri());
        env.put("DATASOURCES_DEFAULT_URL", database.url());
        env.put("DATASOURCES_DEFAULT_USERNAME", database.user());
        env.put("DATASOURCES_DEFAULT_PASSWORD", database.password());
        env.put("TWITCH_HELIX_URL", sim.helixUrl());
        env.put("TWITCH_AUTH_URL", sim.authUrl());
        env.put("TWITCH_CLIENT_ID", sim.config().clientId());
        env.put("TWITCH_CLIENT_SECRET", sim.config().clientSecret());
        env.put("STREAMPULSE_API_CURSOR_SECRET", "bench-cursor-secret-0123456789");
        env.put("STREAMPULSE_API_RATE_LIMIT_API_KEYS", API_KEY);
        env.put("STREAMPULSE_API_RATE_LIMIT_API_KEY_LIMIT", Long.toString(API_KEY_LIMIT));
        // The uncached figure: every stats request goes to PostgreSQL (a Redis miss, the query, a Redis write).
        env.put("STREAMPULSE_API_CACHE_HISTORY_TTL", "1ms");
        env.put("LOG_LEVEL", "INFO");
        if (s.jfr()) {
            // Read by the JVM itself: the service's own configuration stays as shipped.
            env.put("JAVA_TOOL_OPTIONS", "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                + logDir.resolve("api.jfr"));
        }
        Console.log("starting api: %s on port %d, -Xmx%s", jar.getFileName(), port, s.apiHeap());
        return ServiceProcess.start("api", jar, s.apiHeap(), env, port, logDir, echo());
    }

    private static Consumer<String> echo() {
        return line -> {
            if (ECHO.matcher(line).find()) {
                Console.log("[api] %s", line.length() > 220 ? line.substring(0, 220) + "..." : line);
            }
        };
    }

    private static String startKafka() {
        if (System.getenv("KAFKA_BOOTSTRAP_SERVERS") != null) {
            throw new IllegalStateException("unset KAFKA_BOOTSTRAP_SERVERS: a benchmark runs against a fresh broker "
                + "of its own (libs/testkit would otherwise use that one, with whatever its topics hold)");
        }
        String bootstrap = TestKafka.bootstrapServers();
        TestKafka.createTopics(Topics.all());
        Console.log("Kafka broker at %s, %d topics created", bootstrap, Topics.all().size());
        return bootstrap;
    }

    @Override
    public void close() throws Exception {
        api.close();
        sim.close();
        database.close();
        redis.close();
    }
}
