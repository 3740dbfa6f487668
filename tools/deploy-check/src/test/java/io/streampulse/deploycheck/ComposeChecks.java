package io.streampulse.deploycheck;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks of docker-compose.yml, read as a YAML tree. */
final class ComposeChecks {

    static final String TOPIC_INIT = "topic-init";
    static final String COMPLETED = "service_completed_successfully";
    static final String HEALTHY = "service_healthy";

    private ComposeChecks() {
    }

    static JsonNode service(JsonNode compose, String name) {
        return compose.path("services").path(name);
    }

    static List<String> missingServices(JsonNode compose, List<String> required) {
        return required.stream().filter(name -> service(compose, name).isMissingNode())
            .map(name -> "docker-compose.yml has no service " + name).toList();
    }

    /** Environment as a map, whether written as a map or as a list of NAME=value. */
    static Map<String, String> environment(JsonNode service) {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode node = service.path("environment");
        if (node.isArray()) {
            node.forEach(e -> {
                String entry = e.asText();
                int eq = entry.indexOf('=');
                env.put(eq < 0 ? entry : entry.substring(0, eq), eq < 0 ? "" : entry.substring(eq + 1));
            });
        } else {
            node.fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        }
        return env;
    }

    static List<String> autoCreateOff(JsonNode compose) {
        String value = environment(service(compose, "kafka")).get("KAFKA_AUTO_CREATE_TOPICS_ENABLE");
        return "false".equals(value) ? List.of()
            : List.of("kafka must set KAFKA_AUTO_CREATE_TOPICS_ENABLE=false, sets " + value);
    }

    /** The topic-init script: its command (a string or a list), joined. */
    static String topicInitScript(JsonNode compose) {
        JsonNode command = service(compose, TOPIC_INIT).path("command");
        if (command.isArray()) {
            List<String> parts = new ArrayList<>();
            command.forEach(p -> parts.add(p.asText()));
            return String.join("\n", parts);
        }
        return command.asText();
    }

    /** Every long-running service has a healthcheck; topic-init runs once and exits. */
    static List<String> healthchecks(JsonNode compose) {
        List<String> violations = new ArrayList<>();
        for (Iterator<String> names = compose.path("services").fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!TOPIC_INIT.equals(name) && service(compose, name).at("/healthcheck/test").isMissingNode()) {
                violations.add("service " + name + " has no healthcheck");
            }
        }
        return violations;
    }

    static List<String> healthcheckProbes(JsonNode service, String name, int port, String path) {
        String test = service.at("/healthcheck/test").toString();
        return test.contains(":" + port + path) ? List.of()
            : List.of(name + " healthcheck must request :" + port + path + ", is " + test);
    }

    /**
     * A service waits for what it uses: kafka healthy and topic-init completed always; redis, postgres and
     * twitch-sim healthy when it reads their settings. Every condition is service_healthy on a service with a
     * healthcheck, except topic-init's service_completed_successfully.
     */
    static List<String> dependencies(JsonNode compose, String name, Set<String> required) {
        List<String> violations = new ArrayList<>();
        JsonNode dependsOn = service(compose, name).path("depends_on");
        if (!dependsOn.isObject()) {
            return List.of(name + " must list depends_on with conditions (long form)");
        }
        for (String dependency : required) {
            if (!dependsOn.has(dependency)) {
                violations.add(name + " does not wait for " + dependency);
            }
        }
        dependsOn.fields().forEachRemaining(e -> {
            String expected = TOPIC_INIT.equals(e.getKey()) ? COMPLETED : HEALTHY;
            String condition = e.getValue().path("condition").asText();
            if (!expected.equals(condition)) {
                violations.add(name + " waits for " + e.getKey() + " with condition '" + condition + "', expected " + expected);
            }
        });
        return violations;
    }

    static List<String> environmentRead(JsonNode service, String name, Set<String> read) {
        List<String> violations = new ArrayList<>();
        environment(service).keySet().stream().filter(variable -> !read.contains(variable))
            .forEach(variable -> violations.add(name + " sets " + variable + ", which it does not read"));
        return violations;
    }
}
