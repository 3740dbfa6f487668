package io.streampulse.bench.aggregator;

import io.streampulse.contracts.event.EventIds;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.stream.StreamState;
import io.streampulse.contracts.topic.Topics;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A backlog on twitch.streams.observations.v1 as refresh-service would have written it while the aggregator was
 * down: every minute one LIVE observation per channel (the contract's JSON), with a game of 500 (skewed towards the
 * first ones, as real categories are), three tags of about 200, and varying viewers. Seeded: every run replays the
 * same backlog.
 */
final class ObservationBacklog {

    static final Instant FIRST_MINUTE = Instant.parse("2024-07-03T18:00:00Z");

    private ObservationBacklog() {
    }

    /** Produces {@code observations} records of {@code channels} channels; {@code progress} gets the count per minute. */
    static long produce(String bootstrap, int observations, int channels, LongConsumer progress) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, "262144");
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // One request in flight: on a topic created a moment ago the broker may refuse the first request (not
        // leader yet) and take the next, after which the idempotent retry of the first is rejected for good.
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1");
        SplittableRandom random = new SplittableRandom(42);
        String topic = Topics.STREAMS_OBSERVATIONS.name();
        var serializer = Topics.STREAMS_OBSERVATIONS.valueSerde().serializer();
        long sent = 0;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
            new ByteArraySerializer())) {
            for (int minute = 0; sent < observations; minute++) {
                Instant at = FIRST_MINUTE.plusSeconds(60L * minute);
                for (int channel = 0; channel < channels && sent < observations; channel++, sent++) {
                    StreamObserved observation = observation(channel, at, random);
                    producer.send(new ProducerRecord<>(topic, observation.key(), serializer.serialize(topic,
                        observation)));
                }
                progress.accept(sent);
            }
            producer.flush();
        }
        return sent;
    }

    private static StreamObserved observation(int channel, Instant at, SplittableRandom random) {
        String id = Integer.toString(100_000 + channel);
        int game = (int) Math.min(499, Math.abs(random.nextGaussian()) * 60);
        List<String> tags = List.of("Tag" + (channel % 200), "English", channel % 3 == 0 ? "Chill" : "Competitive");
        StreamState state = new StreamState("s-" + id, id, "login" + id, "Name" + id, Integer.toString(10_000 + game),
            "Game " + game, "title of " + id, tags, 10 + random.nextInt(5_000), FIRST_MINUTE.minusSeconds(3_600), "en",
            "live", "");
        return StreamObserved.live(EventIds.random(), at, state);
    }
}
