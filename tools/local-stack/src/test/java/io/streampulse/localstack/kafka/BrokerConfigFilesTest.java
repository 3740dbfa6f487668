package io.streampulse.localstack.kafka;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BrokerConfigFilesTest {

    @Test
    void rendersACombinedSingleNodeKraftBrokerOnLocalhost() throws IOException {
        // Given a broker on 19092 whose directory is /work/kafka
        BrokerSettings settings = BrokerSettings.onPort(19092, Path.of("/work/kafka"));

        // When its server.properties is rendered and read back as Kafka reads it
        Properties parsed = new Properties();
        parsed.load(new StringReader(BrokerConfigFiles.renderServerProperties(settings)));

        // Then it is exactly this configuration
        Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("listeners", "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093"),
                Map.entry("advertised.listeners", "PLAINTEXT://localhost:19092"),
                Map.entry("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT"),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("controller.quorum.bootstrap.servers", "127.0.0.1:19093"),
                Map.entry("log.dirs", "/work/kafka/data"),
                Map.entry("num.partitions", "1"),
                Map.entry("default.replication.factor", "1"),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                Map.entry("auto.create.topics.enable", "false")));
        assertThat(new TreeMap<>(parsed)).isEqualTo(expected);
    }

    @Test
    void escapesBackslashesSoWindowsPathsSurviveParsing() throws IOException {
        // Given a data directory whose path holds backslashes
        BrokerSettings settings = new BrokerSettings(9092, 9093, Path.of("C:\\stack\\kafka"));

        // When rendered and parsed
        Properties parsed = new Properties();
        parsed.load(new StringReader(BrokerConfigFiles.renderServerProperties(settings)));

        // Then the path comes back unchanged
        assertThat(parsed.getProperty("log.dirs")).isEqualTo(settings.dataDirectory().toAbsolutePath().toString());
    }

    @Test
    void theLoggingConfigSendsWarningsAndAboveToTheConsole() throws IOException {
        // When the log4j2 configuration is rendered and parsed
        Properties parsed = new Properties();
        parsed.load(new StringReader(BrokerConfigFiles.renderLoggingConfig()));

        // Then WARN and above go to the console, except the benign auto-creation race of __consumer_offsets
        assertThat(new TreeMap<>(parsed)).isEqualTo(new TreeMap<>(Map.of(
                "rootLogger.level", "WARN",
                "rootLogger.appenderRef.console.ref", "console",
                "appender.console.type", "Console",
                "appender.console.name", "console",
                "appender.console.layout.type", "PatternLayout",
                "appender.console.layout.pattern", "%-5p %c{1} - %m%n",
                "logger.autotopic.name", "kafka.server.DefaultAutoTopicCreationManager",
                "logger.autotopic.level", "ERROR")));
    }

    @Test
    void theBrokerAndControllerPortsMustDiffer() {
        assertThatThrownBy(() -> new BrokerSettings(9092, 9092, Path.of("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the broker and controller ports must differ: 9092");
    }
}
