package io.streampulse.testkit;

import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.metadata.bootstrap.BootstrapMetadata;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node KRaft broker (combined broker and controller) inside the test JVM, for
 * machines without Docker. The only class that touches Kafka's internal test kit
 * ({@link KafkaClusterTestKit}, no compatibility promise), so an upgrade breaks here alone.
 */
final class InJvmKafkaBroker implements AutoCloseable {

    /** Broker settings for one node; auto-create is off because the product creates topics explicitly. */
    static final Map<String, String> BROKER_CONFIG = Map.of(
            "offsets.topic.replication.factor", "1",
            "transaction.state.log.replication.factor", "1",
            "transaction.state.log.min.isr", "1",
            "share.coordinator.state.topic.replication.factor", "1",
            "share.coordinator.state.topic.min.isr", "1",
            "group.initial.rebalance.delay.ms", "0",
            "unstable.api.versions.enable", "false",
            "unstable.feature.versions.enable", "false",
            "auto.create.topics.enable", "false");

    private final KafkaClusterTestKit cluster;

    private InJvmKafkaBroker(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    static InJvmKafkaBroker start() {
        keepTestJvmAlive();
        KafkaClusterTestKit cluster = null;
        try {
            KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(nodes());
            BROKER_CONFIG.forEach(builder::setConfigProp);
            cluster = builder.build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return new InJvmKafkaBroker(cluster);
        } catch (Exception e) {
            closeQuietly(cluster);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("in-JVM Kafka broker did not start", e);
        }
    }

    /**
     * A broker hitting a fatal fault (for example while the JVM shuts down under a topic creation)
     * calls Kafka's {@link Exit}, which would exit or halt the whole test JVM with a non-zero code
     * after every test passed. As Kafka's own test harnesses do, log the request instead.
     */
    static void keepTestJvmAlive() {
        Exit.setExitProcedure((status, message) ->
                TestkitLog.info("in-JVM Kafka asked to exit(" + status + "): " + message + "; ignored in tests"));
        Exit.setHaltProcedure((status, message) ->
                TestkitLog.info("in-JVM Kafka asked to halt(" + status + "): " + message + "; ignored in tests"));
    }

    String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }

    /** One combined node, bootstrapped at the latest production metadata version and feature levels. */
    private static TestKitNodes nodes() {
        Map<String, Short> features = Feature.PRODUCTION_FEATURES.stream()
                .collect(Collectors.toMap(Feature::featureName, Feature::latestProduction));
        BootstrapMetadata metadata = BootstrapMetadata.fromVersions(
                MetadataVersion.LATEST_PRODUCTION, features, "streampulse-testkit");
        return new TestKitNodes.Builder(metadata)
                .setCombined(true)
                .setNumBrokerNodes(1)
                .setNumControllerNodes(1)
                .build();
    }

    private static void closeQuietly(KafkaClusterTestKit cluster) {
        if (cluster == null) {
            return;
        }
        try {
            cluster.close();
        } catch (Exception suppressed) {
            TestkitLog.info("kafka: closing a half-started broker failed: " + suppressed);
        }
    }
}
