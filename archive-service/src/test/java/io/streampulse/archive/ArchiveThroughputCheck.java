package io.streampulse.archive;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;
import io.streampulse.archive.it.ArchiveContexts;
import io.streampulse.archive.it.ArchiveDatabase;
import io.streampulse.archive.it.ArchiveTopics;
import io.streampulse.archive.kafka.ArchiveMetrics;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.stream.StreamState;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.testkit.TestKafka;
import io.streampulse.testkit.TestPostgres;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Measures archive's sustained ingestion rate (not a test: a runnable main for the note). Produces
 * {@code rounds x channels} observations to twitch.streams.observations.v1 first (default 25 x 20,000 = 500,000;
 * the last three rounds ABSENT for every tenth channel, so 2,000 sessions end), then starts archive-service on a
 * fresh database and reports observations per second until it has caught up. Uses libs/testkit's Kafka and
 * PostgreSQL (environment variables KAFKA_BOOTSTRAP_SERVERS / DATASOURCES_DEFAULT_URL win).
 *
 * <p>Run: {@code ./mvnw -B -o -pl archive-service test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.streampulse.archive.ArchiveThroughputCheck [-Dchannels=20000 -Drounds=25]}
 */
public final class ArchiveThroughputCheck {

    private ArchiveThroughputCheck() {
    }

    public static void main(String[] args) {
        int channels = Integer.getInteger("channels", 20_000);
        int rounds = Integer.getInteger("rounds", 25);
        long total = (long) channels * rounds;
        try (ArchiveTopics topics = new ArchiveTopics()) {
            long start = System.nanoTime();
            produce(channels, rounds);
            log("produced %,d observations in %.1f s", total, seconds(start));
            Map<String, Object> settings = new HashMap<>(ArchiveContexts.settings(TestPostgres.newDatabase("archive-tp")));
            long started = System.nanoTime();
            try (ApplicationContext context = ApplicationContext.run(settings)) {
                measure(context.getBean(MeterRegistry.class), total, started);
                report(new ArchiveDatabase(context.getBean(DataSourceResolver.class)
                    .resolve(context.getBean(DataSource.class))));
            }
        }
        System.exit(0);
    }

    private static void measure(MeterRegistry meters, long total, long started) {
        long firstAt = 0;
        double firstCount = 0;
        double processed = 0;
        while (processed < total) {
            LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
            processed = observations(meters);
            if (firstAt == 0 && processed > 0) {
                firstAt = System.nanoTime();
                firstCount = processed;
            }
            log("%,.0f / %,d observations processed (%.1f s since start)", processed, total, seconds(started));
        }
        double elapsed = seconds(started);
        double steady = (processed - firstCount) / seconds(firstAt);
        log("RESULT: %,d observations in %.1f s from start-up: %,.0f observations/s; after the first batch %,.0f/s;"
            + " sessions ended: %,.0f", total, elapsed, total / elapsed, steady,
            meters.find(ArchiveMetrics.SESSIONS_ENDED).counters().stream().mapToDouble(Counter::count).sum());
    }

    private static void report(ArchiveDatabase database) {
        try {
            for (String table : List.of("open_sessions", "stream_sessions", "stream_snapshots", "outbox")) {
                log("rows in %s: %s", table, database.query("select count(*) from " + table, null, r -> r.getLong(1)));
            }
        } catch (java.sql.SQLException e) {
            log("could not count rows: %s", e);
        }
    }

    private static double observations(MeterRegistry meters) {
        Counter counter = meters.find(ArchiveMetrics.RECORDS).tag("topic", Topics.STREAMS_OBSERVATIONS.name())
            .tag("outcome", "processed").counter();
        return counter == null ? 0 : counter.count();
    }

    private static void produce(int channels, int rounds) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        config.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024));
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // A bulk load for a measurement: the in-JVM broker answered the first idempotent batches of a new topic with
        // NotLeaderOrFollower and then OutOfOrderSequence for ever; plain at-least-once sends are enough here.
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "false");
        config.put(ProducerConfig.ACKS_CONFIG, "1");
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(2));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
            new ByteArraySerializer())) {
            awaitLeaders(producer);
            for (int round = 0; round < rounds; round++) {
                Instant at = t0.plusSeconds(60L * round);
                for (int channel = 0; channel < channels; channel++) {
                    StreamObserved observation = observation(channel, round, rounds, at);
                    producer.send(new ProducerRecord<>(Topics.STREAMS_OBSERVATIONS.name(), observation.key(),
                        Topics.STREAMS_OBSERVATIONS.valueSerde().serializer().serialize("", observation)));
                }
                log("round %d of %d produced", round + 1, rounds);
            }
            producer.flush();
        }
    }

    private static void awaitLeaders(KafkaProducer<String, byte[]> producer) {
        while (producer.partitionsFor(Topics.STREAMS_OBSERVATIONS.name()).stream().anyMatch(p -> p.leader() == null)) {
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
    }

    private static StreamObserved observation(int channel, int round, int rounds, Instant at) {
        String id = "tp" + channel;
        if (channel % 10 == 0 && round >= rounds - 3) {
            return StreamObserved.absent(UUID.randomUUID().toString(), at, id);
        }
        StreamState state = new StreamState("stream-" + id, id, "login_" + id, "Name " + id, "509658", "Just Chatting",
            "a title for channel " + channel, List.of("English", "Chill"), 100 + (channel * 7 + round) % 5000,
            at.minusSeconds(60L * round + 30), "en", "live", "https://static-cdn.jtvnw.net/previews-ttv/" + id + ".jpg");
        return StreamObserved.live(UUID.randomUUID().toString(), at, state);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void log(String format, Object... args) {
        System.out.printf("[throughput] " + format + "%n", args);
    }
}
