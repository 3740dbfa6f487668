package io.streampulse.bench.refresh;

import io.streampulse.bench.infra.Console;
import io.streampulse.bench.infra.PrivateRedis;
import io.streampulse.bench.infra.ServiceProcess;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.testkit.TestKafka;
import io.streampulse.twitchsim.SimConfig;
import io.streampulse.twitchsim.TwitchSimulator;
import io.streampulse.twitchsim.truth.SessionRecord;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a refresh benchmark runs against, started in order and stopped in reverse: a real Kafka broker
 * (libs/testkit: in this JVM), a private redis-server, the Twitch simulator in this JVM, a tracker of the
 * observations topic, the refresh-service replicas as separate processes of its jar (and ingest-service's jar
 * when discovery sweeps too), then the one-off feed of the simulator's live streams to the discovered topic.
 */
final class RefreshRig implements AutoCloseable {

    final RigSettings settings;
    final String kafka;
    final PrivateRedis redis;
    final TwitchSimulator sim;
    final ObservationTracker tracker;
    final ActiveSetProbe activeSet;
    final List<ServiceProcess> replicas = new ArrayList<>();
    final List<ServiceProcess> ingest = new ArrayList<>();
    final List<SessionRecord> fed;
    private final Services services;

    private RefreshRig(RigSettings settings, Services services, String kafka, PrivateRedis redis) throws Exception {
        this.settings = settings;
        this.services = services;
        this.kafka = kafka;
        this.redis = redis;
        this.activeSet = new ActiveSetProbe(redis.connection());
        this.sim = startSimulator(settings);
        this.tracker = ObservationTracker.start(kafka);
        try {
            startServices();
        } catch (Exception | Error e) {
            stopStarted();
            throw e;
        }
        this.fed = sim.groundTruth().liveSessions();
        DiscoveryFeed.publish(kafka, fed, settings.interval(), 42);
        Console.log("fed %,d StreamDiscovered records (seen over the last %d s) to %s", fed.size(),
            settings.interval().toSeconds(), Topics.STREAMS_DISCOVERED.name());
    }

    static RefreshRig start(RigSettings settings, Services services) throws Exception {
        String kafka = startKafka();
        PrivateRedis redis = PrivateRedis.start(services.logDir());
        Console.log("private redis-server at %s", redis.uri());
        try {
            return new RefreshRig(settings, services, kafka, redis);
        } catch (Exception | Error e) {
            redis.close();
            throw e;
        }
    }

    String simUrl() {
        return sim.baseUrl();
    }

    /** Waits (printing progress) until refresh took every fed stream into its active set; the warm-up starts then. */
    void awaitActiveSet(Progress progress) throws InterruptedException {
        long started = System.currentTimeMillis();
        if (!progress.runUntil("feed", Duration.ofMinutes(20), () -> activeSet.size() >= fed.size())) {
            throw new IllegalStateException("refresh did not take the " + fed.size() + " fed streams within 20 min");
        }
        Console.log("active set complete: %,d streams, %.1f s after the feed", fed.size(),
            (System.currentTimeMillis() - started) / 1000.0);
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

    private static TwitchSimulator startSimulator(RigSettings s) {
        Instant noon = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(12));
        TwitchSimulator sim = TwitchSimulator.start(SimConfig.defaults().withPort(0).withChannels(s.channels())
            .withLiveShare(RigSettings.LIVE_SHARE).withStartTime(noon).withClockMode(s.clock())
            .withRateLimitPerMinute(s.rateLimit()));
        Console.log("simulator at %s: %,d channels, %,d live, %s clock, %d points/min per client id", sim.baseUrl(),
            s.channels(), sim.groundTruth().liveSessions().size(), s.clock(), s.rateLimit());
        return sim;
    }

    private void startServices() throws InterruptedException {
        for (int i = 1; i <= settings.replicas(); i++) {
            replicas.add(services.refresh("refresh-" + i, kafka, redis.uri(), sim, settings.interval()));
        }
        if (settings.ingest()) {
            ingest.add(services.ingest("ingest-1", kafka, redis.uri(), sim));
        }
        for (ServiceProcess p : all()) {
            // Minutes, not seconds: on a 2-core machine shared with other builds a Micronaut start has taken 3 min.
            p.awaitReady(Duration.ofMinutes(10));
            Console.log("%s ready (pid %d)", p.name(), p.pid());
        }
    }

    private List<ServiceProcess> all() {
        List<ServiceProcess> all = new ArrayList<>(replicas);
        all.addAll(ingest);
        return all;
    }

    Path logDir() {
        return services.logDir();
    }

    /** The refresh-service jar the replicas run, relative to the working directory when below it. */
    String refreshJar() {
        Path here = Path.of("").toAbsolutePath();
        Path jar = services.refreshJar().toAbsolutePath();
        return jar.startsWith(here) ? here.relativize(jar).toString() : jar.toString();
    }

    @Override
    public void close() throws Exception {
        stopStarted();
        redis.close();
    }

    private void stopStarted() throws InterruptedException {
        for (ServiceProcess p : all()) {
            p.close();
        }
        tracker.close();
        sim.close();
    }
}
