package io.streampulse.localstack.kafka;

import io.streampulse.localstack.StartupFailure;
import io.streampulse.localstack.process.ChildProcess;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Asks a bootstrap address whether a Kafka broker answers there, and waits for one to come up. */
public final class KafkaProbe {

    private static final Duration ATTEMPT = Duration.ofSeconds(2);

    private KafkaProbe() {
    }

    /** The cluster id when a Kafka broker answers within {@code timeout}; empty otherwise. */
    public static Optional<String> clusterId(String bootstrapServers, Duration timeout) {
        try (Admin admin = admin(bootstrapServers)) {
            return describe(admin, timeout);
        }
    }

    /**
     * Waits until the broker answers with at least one live node, failing fast when its process ends and
     * loudly at the deadline.
     */
    public static String awaitReady(String bootstrapServers, ChildProcess broker, Instant deadline) {
        try (Admin admin = admin(bootstrapServers)) {
            while (Instant.now().isBefore(deadline)) {
                if (!broker.isAlive()) {
                    throw new StartupFailure("before it was ready, the Kafka broker " + broker.exitReport());
                }
                Optional<String> clusterId = describe(admin, ATTEMPT);
                if (clusterId.isPresent()) {
                    return clusterId.get();
                }
                pause();
            }
        }
        throw new StartupFailure("the Kafka broker did not answer on " + bootstrapServers + " before the timeout");
    }

    private static Optional<String> describe(Admin admin, Duration timeout) {
        try {
            DescribeClusterResult cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()));
            if (cluster.nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(cluster.clusterId().get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception notYet) {
            return Optional.empty();
        }
    }

    static Admin admin(String bootstrapServers) {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "local-stack",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500));
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
