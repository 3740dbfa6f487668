package io.streampulse.deploycheck;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.streampulse.contracts.topic.Topic;
import io.streampulse.contracts.topic.Topics;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Writes the topic declarations from the registry: k8s/base/topics/kafka-topics.yaml (Strimzi KafkaTopics)
 * and the create commands between the markers of docker-compose.yml's topic-init. The tests compare both
 * files with the registry; after a registry change, regenerate them with
 * {@value #REGENERATE_COMMAND}.
 */
final class TopicManifests {

    static final String REGENERATE_COMMAND = "./mvnw -B -o -pl tools/deploy-check verify -Ddeploycheck.regenerate=true";
    static final Path KAFKA_TOPICS_FILE = Repo.path("k8s/base/topics/kafka-topics.yaml");
    static final Path COMPOSE_FILE = Repo.path("docker-compose.yml");
    static final String STRIMZI_CLUSTER = "streampulse";
    static final int BASE_REPLICAS = 3;
    static final String BEGIN_MARKER = "# BEGIN topics";
    static final String END_MARKER = "# END topics";

    private static final AtomicBoolean REGENERATED = new AtomicBoolean();
    private static final YAMLMapper WRITER = YAMLMapper.builder()
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .build();

    private TopicManifests() {
    }

    /** Rewrites both files when run with -Ddeploycheck.regenerate=true; once per test run (RegenerateTopicFiles). */
    static void regenerateIfRequested() {
        if (Boolean.getBoolean("deploycheck.regenerate") && REGENERATED.compareAndSet(false, true)) {
            Repo.write(KAFKA_TOPICS_FILE, kafkaTopicsYaml(Topics.all()));
            Repo.write(COMPOSE_FILE, withCreateCommands(Repo.read(COMPOSE_FILE), Topics.all()));
        }
    }

    static String kafkaTopicsYaml(List<Topic<?, ?>> topics) {
        StringBuilder yaml = new StringBuilder()
            .append("# GENERATED from io.streampulse.contracts.topic.Topics by tools/deploy-check (TopicManifests).\n")
            .append("# Do not edit: change the registry, then run\n#   ").append(REGENERATE_COMMAND).append('\n')
            .append("# Replication factor ").append(BASE_REPLICAS).append(" here; the local overlay patches it to 1.\n");
        for (Topic<?, ?> topic : topics) {
            yaml.append("---\n").append(write(kafkaTopic(topic)));
        }
        return yaml.toString();
    }

    private static Map<String, Object> kafkaTopic(Topic<?, ?> topic) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("topicName", topic.name());
        spec.put("partitions", topic.partitions());
        spec.put("replicas", BASE_REPLICAS);
        spec.put("config", new TreeMap<>(topic.topicConfigs()));
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("apiVersion", "kafka.strimzi.io/v1");
        resource.put("kind", "KafkaTopic");
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", topic.name());
        metadata.put("labels", Map.of("strimzi.io/cluster", STRIMZI_CLUSTER));
        resource.put("metadata", metadata);
        resource.put("spec", spec);
        return resource;
    }

    private static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One kafka-topics.sh line per topic, run from /opt/kafka/bin inside the compose network. */
    static List<String> createCommands(List<Topic<?, ?>> topics) {
        return topics.stream().map(topic -> "./kafka-topics.sh --bootstrap-server kafka:9092 --create --if-not-exists"
            + " --topic " + topic.name() + " --partitions " + topic.partitions() + " --replication-factor 1"
            + new TreeMap<>(topic.topicConfigs()).entrySet().stream()
                .map(e -> " --config " + e.getKey() + "=" + e.getValue()).collect(Collectors.joining()))
            .toList();
    }

    static String withCreateCommands(String compose, List<Topic<?, ?>> topics) {
        int begin = compose.indexOf(BEGIN_MARKER);
        int end = compose.indexOf(END_MARKER);
        if (begin < 0 || end < begin) {
            throw new AssertionError("docker-compose.yml needs the lines '" + BEGIN_MARKER + "' and '" + END_MARKER + "'");
        }
        int lineStart = compose.lastIndexOf('\n', begin) + 1;
        String indent = compose.substring(lineStart, begin);
        String block = BEGIN_MARKER + " (generated from the topic registry by tools/deploy-check; do not edit)\n"
            + createCommands(topics).stream().map(line -> indent + line + "\n").collect(Collectors.joining())
            + indent;
        return compose.substring(0, begin) + block + compose.substring(end);
    }
}
