package io.streampulse.api.sse;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.streampulse.api.user.fixtures.UsersStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Measures the live push: N event-stream clients of one channel (the worst case: every event goes to all of them),
 * events written to twitch.channel.events.v1 as ingest writes them (acks=all, right before it acknowledges the
 * webhook), and the time from the producer's send to each client's parsed frame: p50, p99, max. Everything runs in
 * this JVM on real Kafka, PostgreSQL and Redis (libs/testkit) with the Twitch simulator, so the figure includes the
 * clients' own CPU on the same machine.
 *
 * <p>Run (from api-service, after {@code ../mvnw -o -q test-compile} and
 * {@code ../mvnw -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test}):
 * {@code java -Xmx2g -cp target/test-classes:target/classes:$(cat target/cp.txt) io.streampulse.api.sse.SseFanoutCheck
 * [clients=1000] [events=300] [intervalMillis=100]}
 */
public final class SseFanoutCheck {

    private static final int WARM_UP_EVENTS = 30;

    private SseFanoutCheck() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        long interval = args.length > 2 ? Long.parseLong(args[2]) : 100;
        try (UsersStack stack = UsersStack.start("api-sse-fanout", Map.of("streampulse.api.sse.heartbeat", "15s"));
             ChannelEventWriter writer = new ChannelEventWriter()) {
            new Run(stack, writer, clients, events, interval).measure();
        }
        System.exit(0);
    }

    private static final class Run {
        private final UsersStack stack;
        private final ChannelEventWriter writer;
        private final int clientCount;
        private final int events;
        private final long intervalMillis;
        private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
        private final AtomicLongArray latencies;
        private final AtomicInteger samples = new AtomicInteger();
        private final AtomicInteger warmUpFrames = new AtomicInteger();

        Run(UsersStack stack, ChannelEventWriter writer, int clients, int events, long intervalMillis) {
            this.stack = stack;
            this.writer = writer;
            this.clientCount = clients;
            this.events = events;
            this.intervalMillis = intervalMillis;
            this.latencies = new AtomicLongArray(clients * events);
        }

        void measure() throws Exception {
            String channel = stack.userId(60);
            String login = stack.login(60);
            List<SseTestClient> clients = connect(login);
            System.out.printf("%d clients connected%n", clients.size());
            send(channel, login, "warm", WARM_UP_EVENTS);
            waitFor(() -> warmUpFrames.get() >= WARM_UP_EVENTS * clientCount, Duration.ofSeconds(60));
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            Map<String, Long> threadsStart = cpuByThreadGroup();
            send(channel, login, "m", events);
            boolean complete = waitFor(() -> samples.get() >= events * clientCount, Duration.ofSeconds(60));
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
            report(complete, seconds);
            System.out.printf("process CPU during the measured phase: %.1f s for %d frames = %.1f us per frame delivered "
                + "(server, broker, producer and the %d clients' parsing together)%n", cpuSeconds,
                samples.get(), cpuSeconds * 1e6 / Math.max(1, samples.get()), clientCount);
            Map<String, Long> threadsEnd = cpuByThreadGroup();
            threadsEnd.forEach((group, nanos) -> {
                double used = (nanos - threadsStart.getOrDefault(group, 0L)) / 1e9;
                if (used >= 0.1) {
                    System.out.printf("  CPU %-28s %6.1f s = %6.1f us per frame%n", group, used,
                        used * 1e6 / Math.max(1, samples.get()));
                }
            });
            clients.forEach(SseTestClient::close);
        }

        private List<SseTestClient> connect(String login) throws Exception {
            URI uri = URI.create(stack.url("/api/v1/channels/" + login + "/events/stream"));
            List<HttpClient> https = new ArrayList<>();
            for (int i = 0; i < Math.max(1, clientCount / 250); i++) {
                https.add(HttpClient.newBuilder().executor(Executors.newFixedThreadPool(2)).build());
            }
            List<SseTestClient> clients = new ArrayList<>();
            for (int i = 0; i < clientCount; i++) {
                SseTestClient client = SseTestClient.listen(https.get(i % https.size()), uri, this::received);
                clients.add(client);
            }
            int refused = 0;
            for (SseTestClient client : clients) {
                if (client.status(Duration.ofSeconds(120)) != 200) {
                    refused++;
                }
            }
            if (refused > 0) {
                throw new IllegalStateException(refused + " of " + clientCount + " clients were refused");
            }
            return clients;
        }

        private void received(SseTestClient.Frame frame) {
            long now = System.nanoTime();
            if (frame.data() == null) {
                return;
            }
            int at = frame.data().indexOf("\"user_login\":\"");
            String fan = frame.data().substring(at + 14, frame.data().indexOf('"', at + 14));
            if (fan.startsWith("warm")) {
                warmUpFrames.incrementAndGet();
                return;
            }
            Long sent = sentAt.get(fan);
            int index = samples.getAndIncrement();
            if (sent != null && index < latencies.length()) {
                latencies.set(index, now - sent);
            }
        }

        /** Writes {@code count} follows, one every {@code intervalMillis}; returns when the last one is written. */
        private void send(String channel, String login, String prefix, int count) throws Exception {
            ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
            AtomicInteger next = new AtomicInteger();
            CountDownLatch written = new CountDownLatch(count);
            pacer.scheduleAtFixedRate(() -> {
                int i = next.getAndIncrement();
                if (i < count) {
                    String fan = prefix + i;
                    sentAt.put(fan, System.nanoTime());
                    writer.send(ChannelEventWriter.follow(channel, login, fan));
                    written.countDown();
                }
            }, 0, intervalMillis, TimeUnit.MILLISECONDS);
            written.await();
            pacer.shutdownNow();
        }

        private static boolean waitFor(BooleanSupplier done, Duration timeout) {
            try {
                Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(50)).until(done::getAsBoolean);
                return true;
            } catch (ConditionTimeoutException e) {
                return false;
            }
        }

        private void report(boolean complete, double seconds) {
            int n = Math.min(samples.get(), latencies.length());
            long[] sorted = new long[n];
            for (int i = 0; i < n; i++) {
                sorted[i] = latencies.get(i);
            }
            Arrays.sort(sorted);
            System.out.printf("clients=%d events=%d interval=%dms frames=%d/%d complete=%s in %.1fs%n", clientCount,
                events, intervalMillis, n, events * clientCount, complete, seconds);
            System.out.printf("send->receive latency: p50=%.1fms p90=%.1fms p99=%.1fms p99.9=%.1fms max=%.1fms%n",
                ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99), ms(sorted, 0.999), ms(sorted, 1.0));
            Timer lag = stack.context().getBean(MeterRegistry.class).find("streampulse.sse.delivery.lag").timer();
            if (lag != null) {
                System.out.printf("server delivery lag (record timestamp -> handed to connection): count=%d mean=%.1fms "
                    + "max=%.1fms%n", lag.count(), lag.mean(TimeUnit.MILLISECONDS), lag.max(TimeUnit.MILLISECONDS));
            }
        }

        /**
         * CPU time per kind of thread: the service's Netty event loops (writing frames to the connections), its feed,
         * the JDK HTTP clients (the test's clients), the Kafka broker, the rest.
         */
        private static Map<String, Long> cpuByThreadGroup() {
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            Map<String, Long> groups = new java.util.TreeMap<>();
            for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (info == null) {
                    continue;
                }
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                if (cpu > 0) {
                    groups.merge(group(info.getThreadName()), cpu, Long::sum);
                }
            }
            return groups;
        }

        private static String group(String name) {
            if (name.contains("EventLoop") || name.startsWith("default-nioEventLoopGroup")) {
                return "service event loops (netty)";
            }
            if (name.startsWith("api-sse-feed")) {
                return "service feed (kafka consumer)";
            }
            if (name.startsWith("parallel-")) {
                return "reactor parallel (heartbeats)";
            }
            if (name.startsWith("HttpClient") || name.startsWith("pool-")) {
                return "test clients (jdk http client)";
            }
            if (name.contains("kafka") || name.contains("broker") || name.contains("data-plane")
                || name.contains("Controller") || name.contains("raft")) {
                return "kafka broker and clients";
            }
            return "other";
        }

        private static long processCpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
        }

        private static double ms(long[] sorted, double quantile) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
            return sorted[Math.max(0, index)] / 1e6;
        }
    }
}
