package io.streampulse.testkit;

import org.apache.kafka.common.utils.AppInfoParser;
import org.testcontainers.kafka.KafkaContainer;

/** Chooses the Kafka broker: KAFKA_BOOTSTRAP_SERVERS, else a container, else the in-JVM broker. */
final class KafkaBackends {

    static final String ENV = "KAFKA_BOOTSTRAP_SERVERS";
    /** The broker image in lockstep with the kafka-clients version on the classpath (4.3.1). */
    static final String IMAGE = "apache/kafka:" + AppInfoParser.getVersion();

    private KafkaBackends() {
    }

    static Started<String> start() {
        return Settings.env(ENV)
                .map(servers -> Started.external(servers, "external broker from " + ENV + " (" + servers + ")"))
                .orElseGet(() -> Docker.available() ? container() : inJvm());
    }

    private static Started<String> container() {
        KafkaContainer kafka = new KafkaContainer(IMAGE)
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        kafka.start();
        return new Started<>(kafka.getBootstrapServers(), "Testcontainers " + IMAGE, kafka::stop);
    }

    private static Started<String> inJvm() {
        InJvmKafkaBroker broker = InJvmKafkaBroker.start();
        return new Started<>(broker.bootstrapServers(),
                "in-JVM KRaft broker at " + broker.bootstrapServers(), broker);
    }
}
