package io.streampulse.bench.refresh;

import io.streampulse.contracts.event.SchemaVersion;
import io.streampulse.contracts.stream.DiscoverySource;
import io.streampulse.contracts.stream.StreamDiscovered;
import io.streampulse.contracts.stream.StreamState;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.twitchsim.truth.SessionRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Feeds the active set once, as ingest's sweeps would: one StreamDiscovered (source SWEEP, keyed by
 * broadcaster_id) per live stream of the simulator, seen at a time spread over the last refresh interval (a
 * sweep sees streams one page after another), so their first refreshes spread over one interval too.
 */
final class DiscoveryFeed {

    private DiscoveryFeed() {
    }

    static void publish(String bootstrap, List<SessionRecord> live, Duration spread, long seed) {
        Properties config = new Properties();
        config.put("bootstrap.servers", bootstrap);
        config.put("acks", "all");
        config.put("linger.ms", "20");
        var topic = Topics.STREAMS_DISCOVERED;
        SplittableRandom random = new SplittableRandom(seed);
        Instant now = Instant.now();
        try (KafkaProducer<String, byte[]> producer =
                 new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            for (SessionRecord s : live) {
                Instant seen = now.minusMillis(random.nextLong(Math.max(1, spread.toMillis())));
                StreamDiscovered event = new StreamDiscovered(UUID.randomUUID().toString(), seen,
                    SchemaVersion.CURRENT, DiscoverySource.SWEEP, state(s));
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic.name(), s.broadcasterId(), null);
                byte[] value = topic.valueSerde().serializer().serialize(topic.name(), record.headers(), event);
                producer.send(new ProducerRecord<>(topic.name(), null, s.broadcasterId(), value, record.headers()));
            }
            producer.flush();
        }
    }

    /** The first state, from the simulator's ground truth (refresh replaces it with Helix's on its first call). */
    private static StreamState state(SessionRecord s) {
        return new StreamState(s.streamId(), s.broadcasterId(), s.login(), s.login(), "", "", "", List.of(),
            s.viewers(), s.startedAt(), "", "live", "");
    }
}
