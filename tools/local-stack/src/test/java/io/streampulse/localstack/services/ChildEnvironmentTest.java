package io.streampulse.localstack.services;

import io.streampulse.localstack.store.PostgresEndpoint;
import io.streampulse.localstack.store.RedisEndpoint;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ChildEnvironmentTest {

    private final StackEndpoints endpoints = new StackEndpoints("localhost:9092",
            new PostgresEndpoint("jdbc:postgresql://localhost:5433/streampulse", "postgres", "pw", "embedded"),
            new RedisEndpoint("redis://127.0.0.1:6380", "embedded"));
    private final ServiceSpec aggregator = ServiceCatalog.select(java.util.List.of("aggregator")).get(0);

    @Test
    void theAggregatorGetsTheInfrastructureTheSimulatorAndItsOwnStreamsStateDirectory() {
        // When the environment of the aggregator is composed against the simulator
        Map<String, String> env = ChildEnvironment.forService(aggregator, endpoints, TwitchSettings.resolve(Map.of()),
                Path.of("/stack/streams-state"));

        // Then it holds exactly these variables
        assertThat(env).isEqualTo(Map.ofEntries(
                Map.entry("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092"),
                Map.entry("REDIS_URI", "redis://127.0.0.1:6380"),
                Map.entry("DATASOURCES_DEFAULT_URL", "jdbc:postgresql://localhost:5433/streampulse"),
                Map.entry("DATASOURCES_DEFAULT_USERNAME", "postgres"),
                Map.entry("DATASOURCES_DEFAULT_PASSWORD", "pw"),
                Map.entry("TWITCH_HELIX_URL", "http://localhost:8090/helix"),
                Map.entry("TWITCH_AUTH_URL", "http://localhost:8090/oauth2"),
                Map.entry("TWITCH_CLIENT_ID", "streampulse-local"),
                Map.entry("TWITCH_CLIENT_SECRET", "streampulse-local-secret"),
                Map.entry("TWITCH_EVENTSUB_SECRET", "streampulse-local-eventsub-secret"),
                Map.entry("TWITCH_EVENTSUB_CALLBACK_URL", "http://localhost:8081/webhooks/eventsub"),
                Map.entry("AGGREGATOR_STATE_DIR", "/stack/streams-state/aggregator")));
    }

    @Test
    void aServiceWithoutKafkaStreamsGetsNoStateDirectoryAndNoServiceAKafkaStreamsVariable() {
        // When the environment of ingest, which runs no Kafka Streams, is composed
        Map<String, String> env = ChildEnvironment.forService(ServiceCatalog.select(java.util.List.of("ingest")).get(0),
                endpoints, TwitchSettings.resolve(Map.of()), Path.of("/stack/streams-state"));

        // Then it has the eleven shared variables only, and no KAFKA_STREAMS_* one (micronaut-kafka-streams would
        // read it as a second stream configuration)
        assertThat(env).hasSize(11).doesNotContainKey("AGGREGATOR_STATE_DIR");
        assertThat(env.keySet()).noneMatch(name -> name.startsWith("KAFKA_STREAMS_"));
    }

    @Test
    void anExternalTwitchIsPassedThroughToEveryService() {
        // Given all six TWITCH_* variables
        Map<String, String> real = Map.of(
                "TWITCH_HELIX_URL", "https://api.twitch.tv/helix", "TWITCH_AUTH_URL", "https://id.twitch.tv/oauth2",
                "TWITCH_CLIENT_ID", "abc", "TWITCH_CLIENT_SECRET", "s3cret",
                "TWITCH_EVENTSUB_SECRET", "hmac", "TWITCH_EVENTSUB_CALLBACK_URL", "https://example.org/cb");

        // When composed
        Map<String, String> env = ChildEnvironment.forService(aggregator, endpoints, TwitchSettings.resolve(real),
                Path.of("/s"));

        // Then the service sees that Twitch, unchanged
        assertThat(env).containsAllEntriesOf(real);
    }

    @Test
    void theSimulatorKnowsTheSameApplicationAsTheServices() {
        assertThat(ChildEnvironment.forSimulator(TwitchSettings.resolve(Map.of()))).isEqualTo(Map.of(
                "SIM_PORT", "8090",
                "SIM_BIND", "127.0.0.1",
                "SIM_CLIENT_ID", "streampulse-local",
                "SIM_CLIENT_SECRET", "streampulse-local-secret"));
    }
}
