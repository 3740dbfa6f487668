package io.streampulse.bench.api;

import io.streampulse.bench.infra.Console;
import io.streampulse.bench.stats.Distribution;
import io.streampulse.bench.stats.Samples;
import io.streampulse.contracts.channel.ChannelEventReceived;
import io.streampulse.contracts.channel.ChannelFollowed;
import io.streampulse.contracts.topic.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The live push at scale: {@code clients} event-stream clients of one channel (the worst case: every event goes to
 * all of them), follows written to twitch.channel.events.v1 as ingest writes them (keyed by broadcaster, acks=all,
 * right before it acknowledges the webhook), one every {@code interval}, and per client and event the time from the
 * producer's send to the client's parsed frame. The clients run in the bench JVM (JDK HttpClient), so the figure
 * includes their CPU on the same machine.
 */
final class SseFanout implements AutoCloseable {

    /** What one fan-out run measured. */
    record Outcome(int clients, int events, long frames, long expected, Distribution latencyMs, double seconds) {
    }

    private static final int WARM_UP_EVENTS = 20;

    private final KafkaProducer<String, ChannelEventReceived> producer;
    private final List<ExecutorService> pools = new ArrayList<>();
    private final List<SseClient> clients = new ArrayList<>();
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final Samples latencies = new Samples();
    private final AtomicLong warmUpFrames = new AtomicLong();

    SseFanout(String kafka) {
        Properties config = new Properties();
        config.put("bootstrap.servers", kafka);
        config.put("acks", "all");
        config.put("linger.ms", "0");
        this.producer = new KafkaProducer<>(config, Topics.CHANNEL_EVENTS.keySerde().serializer(),
            Topics.CHANNEL_EVENTS.valueSerde().serializer());
    }

    Outcome run(String streamUrl, String broadcasterId, String login, int clientCount, int events,
                Duration interval) throws Exception {
        connect(URI.create(streamUrl), clientCount);
        Console.log("sse: %d clients connected to %s", clientCount, streamUrl);
        send(broadcasterId, login, "warm", WARM_UP_EVENTS, interval);
        boolean warm = waitFor("warm-up", () -> warmUpFrames.get() >= (long) WARM_UP_EVENTS * clientCount,
            Duration.ofSeconds(60), warmUpFrames::get, (long) WARM_UP_EVENTS * clientCount);
        if (!warm) {
            throw new IllegalStateException("the clients did not get the warm-up events: " + warmUpFrames.get()
                + " of " + (long) WARM_UP_EVENTS * clientCount + " frames");
        }
        long start = System.nanoTime();
        send(broadcasterId, login, "m", events, interval);
        long expected = (long) events * clientCount;
        waitFor("measured", () -> latencies.size() >= expected, Duration.ofSeconds(60),
            () -> latencies.size(), expected);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Outcome(clientCount, events, latencies.size(), expected,
            latencies.distribution().scaled(1e6), seconds);
    }

    private void connect(URI uri, int count) throws Exception {
        List<HttpClient> https = new ArrayList<>();
        for (int i = 0; i < Math.max(1, count / 250); i++) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            pools.add(pool);
            https.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(pool).build());
        }
        // The first one alone: the service resolves the login through Helix once, then from its cache.
        SseClient alone = new SseClient(https.get(0), uri, ApiRig.API_KEY, this::received);
        clients.add(alone);
        String refusal = check(alone);
        if (refusal != null) {
            throw new IllegalStateException("the first event-stream client was refused: " + refusal);
        }
        for (int i = 1; i < count; i++) {
            clients.add(new SseClient(https.get(i % https.size()), uri, ApiRig.API_KEY, this::received));
        }
        int refused = 0;
        String first = null;
        for (SseClient client : clients) {
            String problem = check(client);
            if (problem != null) {
                refused++;
                first = first == null ? problem : first;
            }
        }
        if (refused > 0) {
            throw new IllegalStateException(refused + " of " + count + " event-stream clients were refused, e.g. "
                + first);
        }
    }

    /** Null when the client got its 200, else what it got instead. */
    private static String check(SseClient client) {
        try {
            int status = client.status(120_000);
            return status == 200 ? null : "status " + status;
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return cause.toString();
        }
    }

    private void received(String data) {
        long now = System.nanoTime();
        if (data == null) {
            return;
        }
        int at = data.indexOf("\"user_login\":\"");
        if (at < 0) {
            return;
        }
        String fan = data.substring(at + 14, data.indexOf('"', at + 14));
        if (fan.startsWith("warm")) {
            warmUpFrames.incrementAndGet();
            return;
        }
        Long sent = sentAt.get(fan);
        if (sent != null) {
            latencies.add(now - sent);
        }
    }

    /** Writes {@code count} follows, one every {@code interval}; returns when the last one is written. */
    private void send(String broadcasterId, String login, String prefix, int count, Duration interval)
        throws InterruptedException {
        long next = System.nanoTime();
        long lastLog = next;
        for (int i = 0; i < count; i++) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            next += interval.toNanos();
            String fan = prefix + i;
            Instant now = Instant.now();
            ChannelFollowed follow = new ChannelFollowed(UUID.randomUUID().toString(), now, 1, broadcasterId, login,
                login.toUpperCase(java.util.Locale.ROOT), "9" + Math.abs(fan.hashCode()), fan, fan, now);
            sentAt.put(fan, System.nanoTime());
            producer.send(new ProducerRecord<>(Topics.CHANNEL_EVENTS.name(), broadcasterId, follow));
            if (System.nanoTime() - lastLog > 10_000_000_000L) {
                lastLog = System.nanoTime();
                Console.log("sse %s: %d of %d events sent, %,d frames measured", prefix, i + 1, count,
                    latencies.size());
            }
        }
        producer.flush();
    }

    private static boolean waitFor(String phase, BooleanSupplier done, Duration timeout,
                                   java.util.function.LongSupplier progress, long expected)
        throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastLog = System.nanoTime();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            if (System.nanoTime() - lastLog > 10_000_000_000L) {
                lastLog = System.nanoTime();
                Console.log("sse %s: %,d of %,d frames", phase, progress.getAsLong(), expected);
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        return true;
    }

    @Override
    public void close() {
        clients.forEach(SseClient::close);
        pools.forEach(ExecutorService::shutdownNow);
        producer.close(Duration.ofSeconds(5));
    }
}
