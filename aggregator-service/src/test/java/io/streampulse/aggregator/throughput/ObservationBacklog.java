package io.streampulse.aggregator.throughput;

import io.streampulse.contracts.event.EventIds;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.stream.StreamState;
import io.streampulse.contracts.topic.Topics;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A refresh-service-like backlog: every minute one LIVE observation per channel, with a game (of 500, skewed
 * towards the first ones), three tags (of 200), and varying viewers.
 */
final class ObservationBacklog {

    private static final Instant FIRST_MINUTE = Instant.parse("2024-07-03T18:00:00Z");

    private final String bootstrap;
    private final int channels;

    ObservationBacklog(String bootstrap, int channels) {
        this.bootstrap = bootstrap;
        this.channels = channels;
    }

    long produce(int observations) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, "262144");
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        SplittableRandom random = new SplittableRandom(42);
        String topic = Topics.STREAMS_OBSERVATIONS.name();
        long sent = 0;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
            new ByteArraySerializer())) {
            for (int minute = 0; sent < observations; minute++) {
                Instant at = FIRST_MINUTE.plusSeconds(60L * minute);
                for (int channel = 0; channel < channels && sent < observations; channel++, sent++) {
                    StreamObserved observation = observation(channel, at, random);
                    producer.send(new ProducerRecord<>(topic, observation.key(),
                        Topics.STREAMS_OBSERVATIONS.valueSerde().serializer().serialize(topic, observation)));
                }
                System.out.printf("[throughput] produced %,d observations (minute %d)%n", sent, minute);
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
