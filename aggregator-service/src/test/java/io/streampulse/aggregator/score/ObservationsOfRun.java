package io.streampulse.aggregator.score;

import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.testkit.TestKafka;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** The raw observations of a run, read back from twitch.streams.observations.v1 between two marks. */
final class ObservationsOfRun {

    private ObservationsOfRun() {
    }

    static List<StreamObserved> between(Map<TopicPartition, Long> from, Map<TopicPartition, Long> to) {
        var topic = Topics.STREAMS_OBSERVATIONS;
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
            ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 10_000);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
            new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = List.copyOf(to.keySet());
            consumer.assign(partitions);
            partitions.forEach(p -> consumer.seek(p, from.getOrDefault(p, 0L)));
            List<StreamObserved> observations = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < to.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < to.get(new TopicPartition(record.topic(), record.partition()))) {
                        observations.add(topic.valueSerde().deserializer().deserialize(topic.name(), record.headers(),
                            record.value()));
                    }
                }
            }
            return observations;
        }
    }
}
