package io.streampulse.faultcheck.clean;

import io.streampulse.contracts.topic.Topics;
import io.streampulse.faultcheck.Waits;
import io.streampulse.faultcheck.stack.KafkaNode;
import io.streampulse.faultcheck.stack.PrivateStack;
import io.streampulse.faultcheck.stack.ServiceFleet;
import io.streampulse.faultcheck.stack.ServiceTuning;
import io.streampulse.faultcheck.stack.StackFailure;
import io.streampulse.localstack.kafka.RegistryTopics;
import io.streampulse.localstack.services.ServiceSpec;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.TopicPartition;

/**
 * The clean run the faulted aggregator is compared with: a second broker nobody disturbs, and a second aggregator
 * (same jar, same settings, its own database, state directory and Redis keys) that reads an exact copy of what the
 * faulted aggregator read (observations, ended sessions, channel events, copied once the inputs are frozen).
 * Recomputing the rollups from the same raw inputs without any fault is the clean run.
 */
public final class CleanRun implements AutoCloseable {

    public static final String DATABASE = "streampulse_clean";
    /** What the aggregator reads. */
    public static final List<String> INPUTS = List.of(Topics.STREAMS_OBSERVATIONS.name(), Topics.STREAMS_ENDED.name(),
            Topics.CHANNEL_EVENTS.name());
    private static final String NAME = "clean-aggregator";

    private final PrivateStack stack;
    private final KafkaNode kafka;
    private final ServiceFleet aggregator;
    private CompletableFuture<Void> started = CompletableFuture.failedFuture(new IllegalStateException("not started"));

    public CleanRun(PrivateStack stack) {
        this.stack = stack;
        this.kafka = new KafkaNode("kafka-clean", stack.ports().kafkaClean(), stack.layout().workDir().resolve("kafka-clean"),
                stack.layout().libDirectory(), stack.launcher());
        this.aggregator = new ServiceFleet(stack.layout().jarRoot(), stack.launcher(), "384m");
    }

    /** Starts it on another thread (its start-up overlaps the quiet period); {@link #started()} completes once ready. */
    public void startInBackground(Duration timeout) {
        started = CompletableFuture.runAsync(() -> start(timeout));
    }

    public CompletableFuture<Void> started() {
        return started;
    }

    /** Starts the clean broker and aggregator and waits until the aggregator is ready. */
    public void start(Duration timeout) {
        kafka.start(timeout);
        RegistryTopics.ensure(kafka.bootstrapServers());
        stack.postgres().createDatabase(DATABASE);
        ServiceSpec spec = new ServiceSpec(NAME, "aggregator-service", "aggregator-service", stack.ports().cleanAggregator(),
                "/health/readiness", Optional.of("AGGREGATOR_STATE_DIR"));
        aggregator.add(spec, environment());
        aggregator.start(NAME);
        boolean settled = Waits.until(() -> aggregator.exitReport(NAME).isPresent() || aggregator.ready(NAME), timeout,
                Duration.ofSeconds(1));
        aggregator.exitReport(NAME).ifPresent(report -> {
            throw new StackFailure("before it was ready, the clean aggregator " + report);
        });
        if (!settled) {
            throw new StackFailure("the clean aggregator was not ready within " + timeout.toSeconds() + " s");
        }
    }

    private Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("DATASOURCES_DEFAULT_URL", stack.postgres().jdbcUrl(DATABASE));
        env.put("DATASOURCES_DEFAULT_USERNAME", "postgres");
        env.put("DATASOURCES_DEFAULT_PASSWORD", "");
        env.put("REDIS_URI", stack.redis().uri());
        env.put("STREAMPULSE_AGGREGATOR_SINK_REDIS_KEY_PREFIX", "fault-check:clean:leaderboard:");
        env.put("AGGREGATOR_STATE_DIR", stack.layout().workDir().resolve("streams-state/" + NAME).toString());
        env.put("MICRONAUT_SERVER_PORT", Integer.toString(stack.ports().cleanAggregator()));
        ServiceTuning.aggregator(env);
        return env;
    }

    /** Copies the frozen inputs (up to {@code ends} on the faulted broker); returns the number of records. */
    public long copyInputs(Map<TopicPartition, Long> ends) {
        return TopicCopier.copy(stack.kafka().bootstrapServers(), kafka.bootstrapServers(), ends);
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public void close() {
        aggregator.close();
        kafka.close();
    }
}
