package io.streampulse.deploycheck;

import io.streampulse.contracts.topic.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Declared topics are exactly the registry's: same names, partitions, cleanup policy and retention. */
final class TopicChecks {

    private TopicChecks() {
    }

    static List<String> matchRegistry(List<DeclaredTopic> declared, List<Topic<?, ?>> registry, int replicas) {
        List<String> violations = new ArrayList<>();
        Map<String, Long> counts = declared.stream()
            .collect(Collectors.groupingBy(DeclaredTopic::name, TreeMap::new, Collectors.counting()));
        counts.forEach((name, count) -> {
            if (count > 1) {
                violations.add(name + " is declared " + count + " times");
            }
        });
        Map<String, DeclaredTopic> byName = declared.stream()
            .collect(Collectors.toMap(DeclaredTopic::name, Function.identity(), (a, b) -> a, TreeMap::new));
        for (Topic<?, ?> topic : registry) {
            DeclaredTopic found = byName.remove(topic.name());
            if (found == null) {
                violations.add("registry topic " + topic.name() + " is not declared");
                continue;
            }
            if (found.partitions() != topic.partitions()) {
                violations.add(topic.name() + " has " + found.partitions() + " partitions, the registry "
                    + topic.partitions());
            }
            if (found.replicas() != replicas) {
                violations.add(topic.name() + " has replication factor " + found.replicas() + ", expected " + replicas);
            }
            if (!found.configs().equals(new TreeMap<>(topic.topicConfigs()))) {
                violations.add(topic.name() + " has configs " + new TreeMap<>(found.configs()) + ", the registry "
                    + new TreeMap<>(topic.topicConfigs()));
            }
        }
        byName.keySet().forEach(name -> violations.add(name + " is declared but is not in the registry"));
        return violations;
    }
}
