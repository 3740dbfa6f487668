package io.streampulse.twitchsim;

import com.fasterxml.jackson.databind.JsonNode;
import io.streampulse.twitchsim.http.Json;
import io.streampulse.twitchsim.truth.SessionRecord;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Scale check (not part of the test run): a world with ~100,000 live streams, heap after GC, one full Get Streams
 * sweep (first=100) while the world moves in real time, then 1,000 batched refreshes of 100 user_ids each.
 * {@code java -Xmx4g -cp tools/twitch-sim/target/twitch-sim.jar io.streampulse.twitchsim.ScaleCheck [channels] [liveShare]}
 */
public final class ScaleCheck {
    private static final int REFRESHES = 1_000;
    private static final int REFRESH_THREADS = 4;

    private ScaleCheck() {
    }

    public static void main(String[] args) throws Exception {
        int channels = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        double liveShare = args.length > 1 ? Double.parseDouble(args[1]) : 0.1;
        SimConfig config = SimConfig.defaults().withPort(0).withChannels(channels).withLiveShare(liveShare)
                .withRateLimitPerMinute(10_000_000).withStartTime(Instant.parse("2026-03-02T12:00:00Z"));
        System.out.printf("building a world of %,d channels (live share %.2f)...%n", channels, liveShare);
        long t0 = System.nanoTime();
        try (TwitchSimulator sim = TwitchSimulator.start(config)) {
            System.out.printf("ready in %.1f s: %s%n", (System.nanoTime() - t0) / 1e9, sim.worldSummary());
            System.out.printf("heap used after GC: %,d MB (max %,d MB)%n", heapAfterGc() / (1 << 20),
                    Runtime.getRuntime().maxMemory() / (1 << 20));
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String token = sim.control().issueAppToken();
            sweep(sim, http, token);
            refreshes(sim, http, token);
        }
    }

    private static void sweep(TwitchSimulator sim, HttpClient http, String token) throws Exception {
        Set<String> liveAtStart = streamIds(sim.groundTruth().liveSessions());
        List<String> returned = new ArrayList<>(liveAtStart.size() + 1000);
        List<Long> latencies = new ArrayList<>();
        long started = System.nanoTime();
        String cursor = null;
        do {
            JsonNode page = get(http, sim.helixUrl() + "/streams?first=100" + (cursor == null ? "" : "&after=" + cursor),
                    token, sim.config().clientId(), latencies);
            page.get("data").forEach(s -> returned.add(s.get("id").asText()));
            cursor = page.get("pagination").has("cursor") ? page.get("pagination").get("cursor").asText() : null;
            if (latencies.size() % 200 == 0) {
                System.out.printf("  sweep: %d pages, %,d streams%n", latencies.size(), returned.size());
            }
        } while (cursor != null);
        double seconds = (System.nanoTime() - started) / 1e9;
        Set<String> liveThroughout = new HashSet<>(liveAtStart);
        liveThroughout.retainAll(streamIds(sim.groundTruth().liveSessions()));
        Set<String> distinct = new HashSet<>(returned);
        long missed = liveThroughout.stream().filter(id -> !distinct.contains(id)).count();
        System.out.printf("sweep: %d requests, %,d streams returned, %,d distinct, %.2f s%n",
                latencies.size(), returned.size(), distinct.size(), seconds);
        System.out.printf("sweep: duplicate rate %.3f%% (%d), miss rate %.3f%% (%d of %,d live throughout)%n",
                100.0 * (returned.size() - distinct.size()) / returned.size(), returned.size() - distinct.size(),
                100.0 * missed / liveThroughout.size(), missed, liveThroughout.size());
        printLatencies("sweep", latencies);
    }

    private static void refreshes(TwitchSimulator sim, HttpClient http, String token) throws Exception {
        List<String> ids = sim.groundTruth().liveSessions().stream().map(SessionRecord::broadcasterId).toList();
        ExecutorService pool = Executors.newFixedThreadPool(REFRESH_THREADS);
        List<Future<Long>> calls = new ArrayList<>();
        long started = System.nanoTime();
        for (int r = 0; r < REFRESHES; r++) {
            int from = (r * 100) % Math.max(1, ids.size() - 100);
            String query = ids.subList(from, Math.min(ids.size(), from + 100)).stream()
                    .map(id -> "user_id=" + id).collect(Collectors.joining("&"));
            calls.add(pool.submit(() -> {
                List<Long> one = new ArrayList<>(1);
                get(http, sim.helixUrl() + "/streams?first=100&" + query, token, sim.config().clientId(), one);
                return one.get(0);
            }));
        }
        List<Long> latencies = new ArrayList<>();
        for (Future<Long> call : calls) {
            latencies.add(call.get());
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("refresh: %d requests x 100 user_ids on %d threads in %.2f s (%.0f req/s)%n",
                REFRESHES, REFRESH_THREADS, seconds, REFRESHES / seconds);
        printLatencies("refresh", latencies);
    }

    private static JsonNode get(HttpClient http, String url, String token, String clientId, List<Long> latencies)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Client-Id", clientId).GET().build();
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        latencies.add(System.nanoTime() - started);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return Json.parse(response.body());
    }

    private static void printLatencies(String label, List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%s latency: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", label,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static Set<String> streamIds(List<SessionRecord> sessions) {
        return sessions.stream().map(SessionRecord::streamId).collect(Collectors.toCollection(HashSet::new));
    }
}
