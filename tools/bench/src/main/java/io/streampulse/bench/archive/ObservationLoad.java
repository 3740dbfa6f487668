package io.streampulse.bench.archive;

import io.streampulse.bench.infra.Console;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.stream.StreamState;
import io.streampulse.contracts.topic.Topics;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What archive replays: {@code rounds} refresh cycles, one minute apart, of {@code channels} live channels on
 * twitch.streams.observations.v1, as refresh publishes them (keyed by channel, JSON). Every tenth channel is ABSENT
 * in the last three rounds, so its session ends (a tenth of the channels' sessions are archived); the others stay
 * open. The rounds end two hours before now, inside the snapshot partitions archive creates.
 *
 * @param channels live channels per round
 * @param rounds   refresh cycles
 */
record ObservationLoad(int channels, int rounds) {

    private static final int ENDING_EVERY = 10;
    private static final int ABSENT_ROUNDS = 3;

    long observations() {
        return (long) channels * rounds;
    }

    /** Sessions the load ends (ABSENT twice, two minutes apart, after a LIVE round). */
    long endingSessions() {
        return rounds > ABSENT_ROUNDS ? (channels + ENDING_EVERY - 1) / ENDING_EVERY : 0;
    }

    /** Produces every observation and waits until the broker has them all; the time of the first round. */
    Instant produce(String bootstrap) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024));
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // A bulk load for a measurement: the in-JVM broker answered the first idempotent batches of a new topic with
        // NotLeaderOrFollower and then OutOfOrderSequence for ever; plain sends acknowledged by the leader suffice.
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "false");
        config.put(ProducerConfig.ACKS_CONFIG, "1");
        Instant first = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(2))
            .minus(Duration.ofMinutes(rounds));
        long started = System.nanoTime();
        long lastLog = started;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
            new ByteArraySerializer())) {
            awaitLeaders(producer);
            for (int round = 0; round < rounds; round++) {
                Instant at = first.plusSeconds(60L * round);
                for (int channel = 0; channel < channels; channel++) {
                    StreamObserved observation = observation(channel, round, at);
                    producer.send(new ProducerRecord<>(Topics.STREAMS_OBSERVATIONS.name(), observation.key(),
                        Topics.STREAMS_OBSERVATIONS.valueSerde().serializer().serialize("", observation)));
                }
                if (System.nanoTime() - lastLog > TimeUnit.SECONDS.toNanos(10)) {
                    Console.log("produce: round %d of %d sent", round + 1, rounds);
                    lastLog = System.nanoTime();
                }
            }
            producer.flush();
        }
        Console.log("produced %,d observations (%,d channels x %d rounds) in %.1f s", observations(), channels, rounds,
            (System.nanoTime() - started) / 1e9);
        return first;
    }

    private StreamObserved observation(int channel, int round, Instant at) {
        String id = "bench" + channel;
        if (channel % ENDING_EVERY == 0 && round >= rounds - ABSENT_ROUNDS) {
            return StreamObserved.absent(UUID.randomUUID().toString(), at, id);
        }
        StreamState state = new StreamState("stream-" + id, id, "login_" + id, "Name " + id, "509658", "Just Chatting",
            "a title for channel " + channel, List.of("English", "Chill"), 100 + (channel * 7 + round) % 5000,
            at.minusSeconds(60L * round + 30), "en", "live", "https://static-cdn.jtvnw.net/previews-ttv/" + id + ".jpg");
        return StreamObserved.live(UUID.randomUUID().toString(), at, state);
    }

    private static void awaitLeaders(KafkaProducer<String, byte[]> producer) {
        while (producer.partitionsFor(Topics.STREAMS_OBSERVATIONS.name()).stream().anyMatch(p -> p.leader() == null)) {
            try {
                TimeUnit.MILLISECONDS.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }
}
