package io.streampulse.aggregator;

import io.streampulse.contracts.topic.Topics;
import io.streampulse.testkit.TestKafka;
import io.streampulse.testkit.TestNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Kafka Streams settings every test context of the service needs: its own application id and state
 * directory under target/ (state persists between runs and would count twice against a fresh broker), and the input
 * topics the topology reads (other services create them in production).
 */
final class AggregatorTestProperties {

    private AggregatorTestProperties() {
    }

    static Map<String, String> streams(String prefix) {
        TestKafka.createTopics(List.of(Topics.STREAMS_OBSERVATIONS, Topics.STREAMS_ENDED, Topics.CHANNEL_EVENTS));
        String applicationId = TestNames.unique(prefix);
        try {
            Path stateDir = Files.createDirectories(Path.of("target", "streams-state", applicationId));
            return Map.of(
                "kafka.streams.default.application.id", applicationId,
                "kafka.streams.default.state.dir", stateDir.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
