package io.streampulse.aggregator.topology;

import io.streampulse.contracts.channel.ChannelEventReceived;
import io.streampulse.contracts.event.Event;
import io.streampulse.contracts.stream.StreamEnded;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.topic.Topic;
import io.streampulse.contracts.topic.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * The statistics topology in a {@link TopologyTestDriver}: pipes events in the order given (each is
 * processed at once) and reads whole outputs. No record cache unless asked for, so every update is visible.
 */
final class TopologyHarness implements AutoCloseable {

    private final TopologyTestDriver driver;
    private final TestInputTopic<String, StreamObserved> observations;
    private final TestInputTopic<String, StreamEnded> ended;
    private final TestInputTopic<String, ChannelEventReceived> events;

    private final Duration flushInterval;

    TopologyHarness(TopologySettings settings, Path stateDir) {
        this(settings, stateDir, 0);
    }

    /** With a record cache of {@code cacheBytes} (as the service runs): updates between commits coalesce. */
    TopologyHarness(TopologySettings settings, Path stateDir, long cacheBytes) {
        flushInterval = settings.preAggregationInterval();
        StreamsBuilder builder = new StreamsBuilder();
        StatisticsTopology.build(builder, settings);
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "statistics-topology-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        config.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, cacheBytes);
        driver = new TopologyTestDriver(builder.build(), config, Instant.parse("2024-05-01T00:00:00Z"));
        observations = input(Topics.STREAMS_OBSERVATIONS);
        ended = input(Topics.STREAMS_ENDED);
        events = input(Topics.CHANNEL_EVENTS);
    }

    /**
     * Pipes each event to its topic, keyed by its {@code key()}, in list order, then lets wall-clock time pass
     * so the partial sums are sent on.
     */
    TopologyHarness pipe(List<? extends Event> inputs) {
        inputs.forEach(this::pipeOne);
        return flush();
    }

    TopologyHarness pipe(Event event) {
        pipeOne(event);
        return flush();
    }

    private TopologyHarness flush() {
        driver.advanceWallClockTime(flushInterval);
        return this;
    }

    private void pipeOne(Event event) {
        if (event instanceof StreamObserved observation) {
            observations.pipeInput(observation.key(), observation);
        } else if (event instanceof StreamEnded end) {
            ended.pipeInput(end.key(), end);
        } else if (event instanceof ChannelEventReceived channelEvent) {
            events.pipeInput(channelEvent.key(), channelEvent);
        } else {
            throw new IllegalArgumentException("no input topic for " + event);
        }
    }

    /** Pipes raw bytes (malformed input, or null for a tombstone) to {@code topic}. */
    TopologyHarness pipeRaw(String topic, String key, byte[] value) {
        driver.createInputTopic(topic, new StringSerializer(), new ByteArraySerializer()).pipeInput(key, value);
        return this;
    }

    /** The latest value of every key written to {@code topic}. */
    <V> Map<String, V> latest(Topic<String, V> topic) {
        return output(topic).readKeyValuesToMap();
    }

    /** Every record written to {@code topic}, in order. */
    <V> List<KeyValue<String, V>> all(Topic<String, V> topic) {
        return output(topic).readKeyValuesToList();
    }

    /** Kafka Streams' count of records dropped because their window had closed (after the grace). */
    double droppedRecords() {
        return driver.metrics().entrySet().stream()
            .filter(entry -> entry.getKey().name().equals("dropped-records-total"))
            .mapToDouble(entry -> ((Number) metricValue(entry)).doubleValue())
            .sum();
    }

    @Override
    public void close() {
        driver.close();
    }

    private <V> org.apache.kafka.streams.TestOutputTopic<String, V> output(Topic<String, V> topic) {
        return driver.createOutputTopic(topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer());
    }

    private <V> TestInputTopic<String, V> input(Topic<String, V> topic) {
        return driver.createInputTopic(topic.name(), topic.keySerde().serializer(), topic.valueSerde().serializer());
    }

    private static Object metricValue(Map.Entry<MetricName, ? extends Metric> entry) {
        return entry.getValue().metricValue();
    }
}
