package io.streampulse.refresh;

import io.lettuce.core.RedisClient;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.streampulse.contracts.event.SchemaVersion;
import io.streampulse.contracts.stream.DiscoverySource;
import io.streampulse.contracts.stream.StreamDiscovered;
import io.streampulse.contracts.stream.StreamState;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.testkit.TestKafka;
import io.streampulse.testkit.TestNames;
import io.streampulse.testkit.TestRedis;
import io.streampulse.twitchsim.ClockMode;
import io.streampulse.twitchsim.SimConfig;
import io.streampulse.twitchsim.TwitchSimulator;
import io.streampulse.twitchsim.truth.SessionRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Capacity measurement (not a test): the simulator (one client id, 800 calls/min, MANUAL clock so the world
 * holds still = discovery paused), Kafka and Redis from libs/testkit, every live stream fed once to
 * twitch.streams.discovered.v1 (discovery times spread over one interval, as a sweep would), and two refresh
 * instances as two ApplicationContexts in this JVM sharing the Redis budget. After a warm-up it measures, over
 * the window: ids per call, 429s per call, budget used (points per full minute / limit), and staleness
 * (gap between consecutive observations of a stream, read from twitch.streams.observations.v1) p50/p95/p99.
 *
 * <p>Args: channels (80000 → about 8k live), warm-up seconds (150), measured seconds (180), interval seconds (60).
 */
public final class RefreshCapacityCheck {

    public static void main(String[] args) throws Exception {
        int channels = args.length > 0 ? Integer.parseInt(args[0]) : 80_000;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 150;
        int measured = args.length > 2 ? Integer.parseInt(args[2]) : 180;
        int interval = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        TestKafka.createTopics(Topics.all());
        String redisUri = TestRedis.uri() + "/12";
        RedisClient redis = RedisClient.create(redisUri);
        try (var connection = redis.connect()) {
            connection.sync().flushdb();
        }
        redis.shutdown();
        try (TwitchSimulator sim = TwitchSimulator.start(SimConfig.defaults().withPort(0).withChannels(channels)
                 .withClockMode(ClockMode.MANUAL).withRateLimitPerMinute(800));
             TopicWatch watch = TopicWatch.start(TestKafka.bootstrapServers())) {
            List<SessionRecord> live = sim.groundTruth().liveSessions();
            log("simulator: %d channels, %d live, 800 calls/min", channels, live.size());
            Map<String, Object> props = properties(sim, redisUri, interval);
            List<ApplicationContext> replicas = List.of(ApplicationContext.run(props), ApplicationContext.run(props));
            discover(watch, live, interval);
            log("fed %d discovered records; warming up %d s", live.size(), warmUp);
            watch.recordGapsFrom(Instant.now().plusSeconds(warmUp));
            progress(warmUp, watch);
            SimStats before = SimStats.of(sim.baseUrl());
            double[] idsBefore = ids(replicas);
            long start = System.currentTimeMillis();
            progress(measured, watch);
            SimStats after = SimStats.of(sim.baseUrl());
            double[] idsAfter = ids(replicas);
            report(live.size(), before, after, idsBefore, idsAfter, start, watch.stopGaps());
            replicas.forEach(ApplicationContext::close);
        }
        System.exit(0);
    }

    private static Map<String, Object> properties(TwitchSimulator sim, String redisUri, int interval) {
        Map<String, Object> p = new HashMap<>();
        p.put("micronaut.server.port", "-1");
        p.put("kafka.bootstrap.servers", TestKafka.bootstrapServers());
        p.put("redis.uri", redisUri);
        p.put("twitch.helix-url", sim.helixUrl());
        p.put("twitch.auth-url", sim.authUrl());
        p.put("streampulse.refresh.interval", interval + "s");
        p.put("streampulse.refresh.redis-prefix", TestNames.unique("capacity") + ":");
        p.put("streampulse.refresh.consumer-group", TestNames.unique("capacity"));
        return p;
    }

    private static void discover(TopicWatch watch, List<SessionRecord> live, int interval) {
        Instant now = Instant.now();
        for (SessionRecord s : live) {
            StreamState state = new StreamState(s.streamId(), s.broadcasterId(), s.login(), s.login(), "", "", "",
                List.of(), s.viewers(), s.startedAt(), "", "live", "");
            Instant seen = now.minusMillis(ThreadLocalRandom.current().nextLong(interval * 1000L));
            watch.send(Topics.STREAMS_DISCOVERED.name(), s.broadcasterId(),
                new StreamDiscovered(TestNames.unique("e"), seen, SchemaVersion.CURRENT, DiscoverySource.SWEEP, state));
        }
        watch.flush();
    }

    private static double[] ids(List<ApplicationContext> replicas) {
        double total = 0;
        double calls = 0;
        for (ApplicationContext c : replicas) {
            DistributionSummary s = c.getBean(MeterRegistry.class).get("refresh.ids.per.call").summary();
            total += s.totalAmount();
            calls += s.count();
        }
        return new double[] {total, calls};
    }

    private static void progress(int seconds, TopicWatch watch) throws InterruptedException {
        for (int i = 0; i < seconds; i += 10) {
            Thread.sleep(Math.min(10, seconds - i) * 1000L);
            log("  t+%3d s: %d observations so far", i + 10, watch.observationCount());
        }
    }

    private static void report(int live, SimStats before, SimStats after, double[] idsBefore, double[] idsAfter,
                               long startMillis, List<Long> gaps) {
        long calls = after.calls("GET /streams") - before.calls("GET /streams");
        long requests = after.requests() - before.requests();
        long limited = after.rateLimited() - before.rateLimited();
        double idsPerCall = (idsAfter[0] - idsBefore[0]) / Math.max(1, idsAfter[1] - idsBefore[1]);
        List<Long> minutes = new ArrayList<>();
        long firstFull = (startMillis / 60_000 + 1) * 60;
        long nowMinute = System.currentTimeMillis() / 60_000 * 60;
        for (long m = firstFull; m < nowMinute; m += 60) {
            minutes.add(after.pointsInMinute(m));
        }
        double budget = minutes.stream().mapToLong(Long::longValue).average().orElse(Double.NaN) / 800 * 100;
        gaps.sort(Long::compare);
        log("RESULT live=%d calls=%d ids/call=%.2f 429s=%d (%.3f%% of %d requests) budget used=%.1f%% (points/min %s)",
            live, calls, idsPerCall, limited, 100.0 * limited / Math.max(1, requests), requests, budget, minutes);
        log("RESULT staleness over %d gaps: p50=%.1f s p95=%.1f s p99=%.1f s max=%.1f s", gaps.size(),
            pct(gaps, 0.50), pct(gaps, 0.95), pct(gaps, 0.99), gaps.isEmpty() ? Double.NaN : gaps.get(gaps.size() - 1) / 1000.0);
    }

    private static double pct(List<Long> sorted, double q) {
        return sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1)) / 1000.0;
    }

    private static void log(String format, Object... args) {
        System.out.printf("[capacity] " + format + "%n", args);
    }

    private RefreshCapacityCheck() {
    }
}
