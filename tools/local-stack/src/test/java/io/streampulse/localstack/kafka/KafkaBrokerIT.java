package io.streampulse.localstack.kafka;

import io.streampulse.contracts.topic.Topics;
import io.streampulse.localstack.Console;
import io.streampulse.localstack.Ports;
import io.streampulse.localstack.process.ChildProcess;
import io.streampulse.localstack.process.ProcessLauncher;
import io.streampulse.localstack.process.Supervisor;
import io.streampulse.localstack.process.WatchdogJar;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The broker the local stack runs, as a real separate process from target/lib. */
class KafkaBrokerIT {

    private static final Path LIB = Path.of("target/lib");

    @TempDir
    Path work;

    private final Console console = new Console(System.out, System.nanoTime(), false);
    private BrokerSettings settings;
    private ProcessLauncher launcher;

    @BeforeEach
    void freePortsAndLauncher() {
        int port = Ports.free();
        int controllerPort = Ports.free();
        settings = new BrokerSettings(port, controllerPort == port ? Ports.free() : controllerPort, work.resolve("kafka"));
        launcher = new ProcessLauncher(console, work.resolve("logs"), Optional.of(WatchdogJar.writeTo(work)),
                ProcessLauncher.setsidAvailable());
    }

    @Test
    void startsABrokerWithTheRegistryTopicsThatCarriesARecordAndLeavesNoProcessBehind() throws Exception {
        // Given a broker started through the launcher, on free ports in a temporary work directory
        Supervisor supervisor = new Supervisor(console);
        KafkaResolver.Resolved kafka = resolver(supervisor).resolve(Instant.now().plusSeconds(90));
        ChildProcess broker = kafka.process().orElseThrow();

        // Then every registry topic exists with its partitions, cleanup policy and retention
        assertThat(kafka.freshStorage()).isTrue();
        assertThat(TopicsOnBroker.describe(kafka.bootstrapServers())).isEqualTo(TopicsOnBroker.expectedFromRegistry());

        // And a record produced to one of them is consumed back
        assertThat(roundTrip(kafka.bootstrapServers(), Topics.STREAMS_DISCOVERED.name()))
                .isEqualTo(List.of("12826=" + "{\"broadcaster_id\":\"12826\"}"));

        // When the stack stops
        supervisor.stopAll();

        // Then the broker process is gone and no process still runs from this work directory
        assertThat(ProcessHandle.of(broker.pid()).map(ProcessHandle::isAlive)).isIn(Optional.empty(), Optional.of(false));
        assertThat(processesMentioning(work)).isEmpty();
    }

    @Test
    void reusesABrokerThatAlreadyAnswersAndItsStorageOnRestart() throws Exception {
        // Given a broker of ours that ran once
        Supervisor first = new Supervisor(console);
        KafkaResolver.Resolved started = resolver(first).resolve(Instant.now().plusSeconds(90));
        String clusterId = MetaProperties.clusterId(settings.metaProperties()).orElseThrow();

        // When the stack starts again while it still answers, it uses it and starts nothing
        Supervisor second = new Supervisor(console);
        KafkaResolver.Resolved reused = resolver(second).resolve(Instant.now().plusSeconds(30));
        assertThat(reused).isEqualTo(new KafkaResolver.Resolved(settings.bootstrapServers(), "already running",
                Optional.empty(), false));
        first.stopAll();
        second.stopAll();
        assertThat(started.process().orElseThrow().isAlive()).isFalse();

        // When it starts once more on the same storage
        Supervisor third = new Supervisor(console);
        KafkaResolver.Resolved restarted = resolver(third).resolve(Instant.now().plusSeconds(90));
        try {
            // Then the storage was reused: same cluster, the topics still there
            assertThat(restarted.freshStorage()).isFalse();
            assertThat(KafkaProbe.clusterId(restarted.bootstrapServers(), Duration.ofSeconds(10))).contains(clusterId);
            assertThat(TopicsOnBroker.describe(restarted.bootstrapServers())).isEqualTo(TopicsOnBroker.expectedFromRegistry());
        } finally {
            third.stopAll();
        }
        assertThat(processesMentioning(work)).isEmpty();
    }

    private KafkaResolver resolver(Supervisor supervisor) {
        return new KafkaResolver(Map.of(), settings, LIB, launcher, supervisor, console, "512m");
    }

    private static List<String> roundTrip(String bootstrap, String topic) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "12826", "{\"broadcaster_id\":\"12826\"}")).get(30, TimeUnit.SECONDS);
        }
        List<String> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.GROUP_ID_CONFIG, "local-stack-it",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    received.add(r.key() + "=" + r.value());
                }
                return !received.isEmpty();
            });
        }
        return received;
    }

    private static List<String> processesMentioning(Path directory) {
        String path = directory.toAbsolutePath().toString();
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .map(p -> p.info().commandLine().orElse(""))
                .filter(cmd -> cmd.contains(path)).toList();
    }
}
