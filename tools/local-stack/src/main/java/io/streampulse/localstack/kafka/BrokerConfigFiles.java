package io.streampulse.localstack.kafka;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders the broker's server.properties and its log4j2 configuration (WARN and above to the console). */
final class BrokerConfigFiles {

    private BrokerConfigFiles() {
    }

    static Map<String, String> serverProperties(BrokerSettings settings) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + settings.port() + ",CONTROLLER://127.0.0.1:" + settings.controllerPort());
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + settings.port());
        p.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("controller.quorum.bootstrap.servers", "127.0.0.1:" + settings.controllerPort());
        p.put("log.dirs", settings.dataDirectory().toAbsolutePath().toString());
        p.put("num.partitions", "1");
        p.put("default.replication.factor", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "false");
        return p;
    }

    static String renderServerProperties(BrokerSettings settings) {
        return "# Written by the StreamPulse local stack at every start; edits are overwritten.\n"
                + serverProperties(settings).entrySet().stream()
                .map(e -> e.getKey() + "=" + escape(e.getValue()))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    static String renderLoggingConfig() {
        return String.join("\n",
                "# WARN and above to the console; the local stack prefixes each line with [kafka].",
                "rootLogger.level = WARN",
                "rootLogger.appenderRef.console.ref = console",
                "appender.console.type = Console",
                "appender.console.name = console",
                "appender.console.layout.type = PatternLayout",
                "appender.console.layout.pattern = %-5p %c{1} - %m%n",
                "# Consumers racing to create __consumer_offsets at first use: harmless, and noisy.",
                "logger.autotopic.name = kafka.server.DefaultAutoTopicCreationManager",
                "logger.autotopic.level = ERROR",
                "");
    }

    /** Properties-file escaping for values: backslashes (Windows paths) must be doubled. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\");
    }
}
