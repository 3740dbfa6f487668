package io.streampulse.aggregator.throughput;

import io.streampulse.aggregator.topology.StatisticsTopology;
import io.streampulse.aggregator.topology.TopologySettings;
import io.streampulse.contracts.codec.JsonSerde;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.testkit.TestKafka;
import io.streampulse.testkit.TestNames;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;

/**
 * Measures (does not assert) how fast the statistics topology replays a backlog: first produces
 * {@code observations} LIVE observations of {@code channels} channels (one per channel per minute), reads them
 * once with a plain consumer (the ceiling on this broker), then starts the topology with the service's Kafka
 * Streams settings ({@code application.yml}: exactly_once_v2 and the rest, see {@link ServiceStreamsSettings})
 * and reports records/s until its consumer group has committed to the end of the observations topic, with the
 * CPU time it took.
 *
 * <p>Run from the repository root (the README has the build commands):
 * <pre>
 * java -Xmx1536m -cp aggregator-service/target/test-classes:aggregator-service/target/classes:$(cat /tmp/aggregator-cp.txt) \
 *   io.streampulse.aggregator.throughput.AggregatorThroughputCheck 500000 20000 [--threads=1 --commitMs=10000 ...]
 * </pre>
 * Options: {@link ThroughputOptions}. The broker is the testkit's (in this JVM unless {@code KAFKA_BOOTSTRAP_SERVERS}
 * names one), so it shares the CPUs. The last line of the output is the result as JSON ({@link ThroughputResult#json()});
 * other tools (tools/bench) can call {@link #run(ThroughputOptions)} or run {@link #main(String[])} and read that line.
 */
public final class AggregatorThroughputCheck {

    private static final Duration POLL = Duration.ofSeconds(1);

    private AggregatorThroughputCheck() {
    }

    /** Runs once and exits (the in-JVM broker would keep the JVM alive): 0 with a result, 1 without. */
    public static void main(String[] args) {
        int status;
        try {
            ThroughputResult result = run(ThroughputOptions.parse(args));
            System.out.println(result.summary());
            System.out.println(result.json());
            status = 0;
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    /** Produces the backlog, measures the consumer ceiling, then replays the backlog through the topology. */
    public static ThroughputResult run(ThroughputOptions options) throws Exception {
        String bootstrap = TestKafka.bootstrapServers();
        TestKafka.createTopics(List.of(Topics.STREAMS_OBSERVATIONS, Topics.STREAMS_ENDED, Topics.CHANNEL_EVENTS));
        TestKafka.createTopics(Topics.writtenBy("aggregator"));
        String applicationId = TestNames.unique("aggregator-throughput");

        long producing = System.nanoTime();
        long produced = new ObservationBacklog(bootstrap, options.channels()).produce(options.observations());
        System.out.printf("[throughput] backlog ready: %,d observations of %,d channels in %.1f s%n", produced,
            options.channels(), (System.nanoTime() - producing) / 1e9);
        ConsumerCeiling ceiling = ConsumerCeiling.measure(bootstrap, Topics.STREAMS_OBSERVATIONS,
            ((JsonSerde<StreamObserved>) Topics.STREAMS_OBSERVATIONS.valueSerde()).decodedSerde().deserializer());
        System.out.printf("[throughput] consumer ceiling: %,.0f records/s (bytes), %,.0f records/s (JSON decoded)%n",
            ceiling.rawPerSecond(), ceiling.decodedPerSecond());

        Map<String, String> settings = settings(options, bootstrap, applicationId);
        try (KafkaStreams streams = new KafkaStreams(topology(), properties(settings));
             GroupProgress progress = new GroupProgress(bootstrap, applicationId, Topics.STREAMS_OBSERVATIONS.name())) {
            long target = progress.end();
            CpuUsage cpu = CpuUsage.start();
            long start = System.nanoTime();
            streams.start();
            long consumed = 0;
            while (consumed < target) {
                Thread.sleep(POLL.toMillis());
                if (!streams.state().isRunningOrRebalancing()) {
                    throw new IllegalStateException("the topology stopped (" + streams.state() + ") after "
                        + consumed + " of " + target + " records; see the log above");
                }
                consumed = progress.committed();
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("[throughput] %5.1f s  state %-12s committed %,9d / %,d  (%,.0f records/s)%n",
                    seconds, streams.state(), consumed, target, consumed / seconds);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            ThroughputResult result = new ThroughputResult(target, seconds, target / seconds, cpu.processSeconds(),
                cpu.streamThreadSeconds(), ceiling, sum(streams, "producer-metrics", "record-send-total"),
                sum(streams, "stream-task-metrics", "dropped-records-total"), reported(settings));
            streams.close(Duration.ofSeconds(30));
            return result;
        }
    }

    private static Topology topology() {
        StreamsBuilder builder = new StreamsBuilder();
        StatisticsTopology.build(builder, TopologySettings.defaults());
        return builder.build();
    }

    /** The service's settings with this run's application id, broker, state directory and overrides. */
    private static Map<String, String> settings(ThroughputOptions options, String bootstrap, String applicationId)
        throws Exception {
        Map<String, String> settings = new TreeMap<>(ServiceStreamsSettings.read());
        settings.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        settings.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        settings.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("aggregator-throughput-state").toString());
        settings.putAll(options.overrides());
        return settings;
    }

    private static Properties properties(Map<String, String> settings) {
        Properties properties = new Properties();
        properties.putAll(settings);
        return properties;
    }

    /** The settings worth printing: what shapes throughput, not this run's names and directories. */
    private static Map<String, String> reported(Map<String, String> settings) {
        Map<String, String> reported = new TreeMap<>(settings);
        reported.keySet().removeAll(List.of(StreamsConfig.APPLICATION_ID_CONFIG, StreamsConfig.BOOTSTRAP_SERVERS_CONFIG,
            StreamsConfig.STATE_DIR_CONFIG, "deserialization.exception.handler", "processing.exception.handler"));
        return reported;
    }

    /** A metric summed over the topology's tasks or clients (e.g. every record its producers wrote). */
    private static double sum(KafkaStreams streams, String group, String name) {
        return streams.metrics().entrySet().stream()
            .filter(entry -> entry.getKey().group().equals(group) && entry.getKey().name().equals(name))
            .mapToDouble(entry -> ((Number) entry.getValue().metricValue()).doubleValue()).sum();
    }
}
