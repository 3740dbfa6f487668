package io.streampulse.api.live;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.configuration.kafka.config.KafkaDefaultConfiguration;
import io.micronaut.context.annotation.Context;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.runtime.deadletter.DeadLetterPublisher;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/** Owns the live index of this replica and the follower that fills it; starts with the application. */
@Context
public class LiveIndexService {

    private final LiveIndex index = new LiveIndex();
    private final LiveTopicFollower follower;

    LiveIndexService(KafkaDefaultConfiguration kafka, DeadLetterPublisher deadLetters, MeterRegistry meters) {
        this.follower = new LiveTopicFollower(consumerConfig(kafka), Topics.STREAMS_LIVE.name(), index, deadLetters);
        Gauge.builder("streampulse.api.live.streams", index, LiveIndex::size)
            .description("Streams in this replica's live index").register(meters);
    }

    @PostConstruct
    void start() {
        follower.start();
    }

    public LiveIndex index() {
        return index;
    }

    CatchUp status() {
        return follower.status();
    }

    @PreDestroy
    void stop() {
        follower.close();
    }

    private static Properties consumerConfig(KafkaDefaultConfiguration kafka) {
        Set<String> known = ConsumerConfig.configNames();
        Properties properties = new Properties();
        kafka.getConfig().forEach((key, value) -> {
            if (known.contains(String.valueOf(key))) {
                properties.put(key, value);
            }
        });
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "api-live-index");
        return properties;
    }
}
