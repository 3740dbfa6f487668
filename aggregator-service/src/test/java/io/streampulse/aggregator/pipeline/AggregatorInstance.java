package io.streampulse.aggregator.pipeline;

import io.micronaut.context.ApplicationContext;
import io.streampulse.testkit.TestDatabase;
import io.streampulse.testkit.TestKafka;
import io.streampulse.testkit.TestRedis;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;

/**
 * One running aggregator-service (its Micronaut context: the statistics topology and the sink) against the
 * test infrastructure. The application id and state directory are given, so a test can restart "the same"
 * instance, or start it again on an empty state directory.
 */
final class AggregatorInstance implements AutoCloseable {

    private final ApplicationContext context;

    private AggregatorInstance(ApplicationContext context) {
        this.context = context;
    }

    static AggregatorInstance start(Identity identity, TestDatabase database, Path stateDir) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", -1);
        properties.put("kafka.bootstrap.servers", TestKafka.bootstrapServers());
        properties.put("redis.uri", TestRedis.uri());
        properties.put("datasources.default.url", database.jdbcUrl());
        properties.put("datasources.default.username", database.username());
        properties.put("datasources.default.password", database.password());
        properties.put("kafka.streams.default.application.id", identity.applicationId());
        properties.put("kafka.streams.default.state.dir", stateDir.toString());
        // Only this test's input: the shared topics hold other tests' records (with other event times).
        properties.put("streampulse.aggregator.input-offset-reset", "LATEST");
        properties.put("kafka.streams.default.commit.interval.ms", "200");
        // A restarted instance does not wait 45 s for the closed one's session to expire.
        properties.put("kafka.streams.default.session.timeout.ms", "10000");
        properties.put("streampulse.aggregator.sink.group-id", identity.sinkGroupId());
        properties.put("streampulse.aggregator.sink.redis-key-prefix", identity.redisPrefix());
        return new AggregatorInstance(ApplicationContext.run(properties));
    }

    /** The tasks this instance's stream threads own now. */
    int activeTasks() {
        return context.getBean(KafkaStreams.class).metadataForLocalThreads().stream()
            .mapToInt(thread -> thread.activeTasks().size()).sum();
    }

    @Override
    public void close() {
        context.close();
    }

    /** Who an instance is: the same identity across a restart. */
    record Identity(String applicationId, String sinkGroupId, String redisPrefix) {
    }
}
