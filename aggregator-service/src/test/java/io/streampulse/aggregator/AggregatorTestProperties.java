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
 * directory under target/ (state persists between runs and would count twice against a fresh broker), its own Redis
 * key prefix for the leaderboards (it reads whatever other tests put on the shared topics, and must not write the
 * boards a local stack on the same Redis serves), and the input topics the topology reads (other services create them
 * in production).
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
                "kafka.streams.default.state.dir", stateDir.toAbsolutePath().toString(),
                // The broker and Redis are shared with other tests and a local stack: boards of its own.
                "streampulse.aggregator.sink.redis-key-prefix", applicationId + ":leaderboard:");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
