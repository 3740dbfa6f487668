package io.streampulse.deploycheck;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The five services as deployed: module directory (= Deployment, Service, image and container name), the
 * name the topic registry uses for it, how it scales, whether it is reachable from outside the cluster,
 * and the consumer group its autoscaler measures (the contract listed in docs/deployment.md).
 */
enum ServiceModule {
    INGEST("ingest-service", "ingest", Autoscaling.CPU_WITHIN_PARTITIONS, true, "streampulse-ingest"),
    REFRESH("refresh-service", "refresh", Autoscaling.CONSUMER_LAG, false, "streampulse-refresh"),
    ARCHIVE("archive-service", "archive", Autoscaling.CONSUMER_LAG, false, "streampulse-archive"),
    AGGREGATOR("aggregator-service", "aggregator", Autoscaling.CONSUMER_LAG, false, "streampulse-aggregator"),
    API("api-service", "api", Autoscaling.CPU_FREELY, true, "streampulse-api");

    /** How a service's replica count is driven. */
    enum Autoscaling {
        /** HorizontalPodAutoscaler on CPU, at most the partitions of every topic the service reads. */
        CPU_WITHIN_PARTITIONS,
        /** HorizontalPodAutoscaler on CPU, not bound by partitions ("api scales freely"). */
        CPU_FREELY,
        /** KEDA ScaledObject on consumer-group lag, at most the partitions of every topic it measures. */
        CONSUMER_LAG
    }

    private static final Map<ServiceModule, ServiceConfig> CONFIGS = new ConcurrentHashMap<>();

    final String module;
    final String registryName;
    final Autoscaling autoscaling;
    final boolean exposed;
    final String consumerGroup;

    ServiceModule(String module, String registryName, Autoscaling autoscaling, boolean exposed,
                  String consumerGroup) {
        this.module = module;
        this.registryName = registryName;
        this.autoscaling = autoscaling;
        this.exposed = exposed;
        this.consumerGroup = consumerGroup;
    }

    Path directory() {
        return Repo.path(module);
    }

    /** What the service reads from its application.yml: its port and the environment variables. */
    ServiceConfig config() {
        return CONFIGS.computeIfAbsent(this, s -> ServiceConfig.read(s.directory()));
    }

    @Override
    public String toString() {
        return module;
    }
}
