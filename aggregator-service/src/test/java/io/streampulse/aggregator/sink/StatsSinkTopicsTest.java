package io.streampulse.aggregator.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.configuration.kafka.annotation.Topic;
import io.streampulse.contracts.topic.Services;
import io.streampulse.contracts.topic.Topics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sink listens to exactly the statistics topics the registry says the aggregator writes. */
class StatsSinkTopicsTest {

    @Test
    void listensToEveryStatisticsTopicOfTheRegistry() throws NoSuchMethodException {
        // Given the statistics topics the registry lists for the aggregator
        List<String> registry = Topics.writtenBy(Services.AGGREGATOR).stream()
            .map(topic -> topic.name()).filter(name -> name.startsWith("twitch.stats.")).toList();

        // When the listener's subscription is read
        String[] subscribed = StatsSinkListener.class.getDeclaredMethod("receive", List.class, org.apache.kafka.clients.consumer.Consumer.class)
            .getAnnotation(Topic.class).value();

        // Then both name the same topics, and the batch knows each of them
        assertThat(subscribed).containsExactlyInAnyOrderElementsOf(registry);
        assertThat(StatsBatch.TOPICS).extracting(topic -> topic.name()).containsExactlyInAnyOrderElementsOf(registry);
    }
}
