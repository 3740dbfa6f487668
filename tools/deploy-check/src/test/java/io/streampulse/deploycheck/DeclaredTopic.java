package io.streampulse.deploycheck;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A topic as a deployment artefact declares it: a Strimzi KafkaTopic or a kafka-topics.sh --create line. */
record DeclaredTopic(String name, int partitions, int replicas, Map<String, String> configs) {

    DeclaredTopic {
        configs = Map.copyOf(configs);
    }

    static DeclaredTopic fromKafkaTopic(JsonNode kafkaTopic) {
        String name = kafkaTopic.at("/spec/topicName").asText(Manifests.name(kafkaTopic));
        Map<String, String> configs = new TreeMap<>();
        kafkaTopic.at("/spec/config").fields().forEachRemaining(e -> configs.put(e.getKey(), e.getValue().asText()));
        return new DeclaredTopic(name, kafkaTopic.at("/spec/partitions").asInt(-1),
            kafkaTopic.at("/spec/replicas").asInt(-1), configs);
    }

    /** Every {@code kafka-topics.sh ... --create ... --topic t --partitions n --config k=v} line of a script. */
    static List<DeclaredTopic> fromCreateCommands(String script) {
        List<DeclaredTopic> topics = new ArrayList<>();
        for (String line : script.split("\n")) {
            if (line.contains("kafka-topics.sh") && line.contains("--create")) {
                topics.add(fromCreateCommand(line.trim().split("\\s+")));
            }
        }
        return topics;
    }

    private static DeclaredTopic fromCreateCommand(String[] words) {
        String name = null;
        int partitions = -1;
        int replicas = -1;
        Map<String, String> configs = new TreeMap<>();
        for (int i = 0; i < words.length - 1; i++) {
            String value = words[i + 1];
            switch (words[i]) {
                case "--topic" -> name = value;
                case "--partitions" -> partitions = Integer.parseInt(value);
                case "--replication-factor" -> replicas = Integer.parseInt(value);
                case "--config" -> configs.put(value.substring(0, value.indexOf('=')), value.substring(value.indexOf('=') + 1));
                default -> { }
            }
        }
        return new DeclaredTopic(name, partitions, replicas, configs);
    }
}
