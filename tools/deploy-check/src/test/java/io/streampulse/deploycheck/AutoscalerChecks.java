package io.streampulse.deploycheck;

import com.fasterxml.jackson.databind.JsonNode;
import io.streampulse.contracts.topic.Topic;
import io.streampulse.contracts.topic.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Each service has exactly one autoscaler of the kind its scaling needs. An HPA and a KEDA ScaledObject on
 * the same Deployment would fight over its replica count. Kafka consumers never get more replicas than
 * the partitions of the topics their replicas share.
 */
final class AutoscalerChecks {

    private AutoscalerChecks() {
    }

    static List<String> violations(Manifests manifests, ServiceModule service) {
        List<JsonNode> hpas = targeting(manifests.ofKind("HorizontalPodAutoscaler"), service.module);
        List<JsonNode> scaledObjects = targeting(manifests.ofKind("ScaledObject"), service.module);
        if (hpas.size() + scaledObjects.size() != 1) {
            return List.of(service + " needs exactly one autoscaler, has " + hpas.size()
                + " HorizontalPodAutoscaler(s) and " + scaledObjects.size() + " ScaledObject(s)");
        }
        if (service.autoscaling == ServiceModule.Autoscaling.CONSUMER_LAG) {
            return scaledObjects.isEmpty() ? List.of(service + " must scale on consumer lag with a KEDA ScaledObject")
                : scaledObject(scaledObjects.get(0), manifests, service);
        }
        return hpas.isEmpty() ? List.of(service + " must scale on CPU with a HorizontalPodAutoscaler")
            : hpa(hpas.get(0), service);
    }

    private static List<String> hpa(JsonNode hpa, ServiceModule service) {
        List<String> violations = new ArrayList<>();
        int min = hpa.at("/spec/minReplicas").asInt(1);
        int max = hpa.at("/spec/maxReplicas").asInt();
        if (min < 1 || max < min) {
            violations.add("HPA replicas must satisfy 1 <= min <= max, are " + min + ".." + max);
        }
        boolean onCpu = false;
        for (JsonNode metric : hpa.at("/spec/metrics")) {
            onCpu |= "cpu".equals(metric.at("/resource/name").asText());
        }
        if (!onCpu) {
            violations.add("HPA of " + service + " has no CPU metric");
        }
        if (service.autoscaling == ServiceModule.Autoscaling.CPU_WITHIN_PARTITIONS) {
            List<String> read = Topics.all().stream()
                .filter(t -> t.readers().contains(service.registryName)).map(Topic::name).toList();
            violations.addAll(withinPartitions(max, read, "HPA maxReplicas"));
        }
        return violations;
    }

    private static List<String> scaledObject(JsonNode scaledObject, Manifests manifests, ServiceModule service) {
        List<String> violations = new ArrayList<>();
        int min = scaledObject.at("/spec/minReplicaCount").asInt(0);
        int max = scaledObject.at("/spec/maxReplicaCount").asInt(100);
        if (min < 1 || max < min) {
            violations.add("ScaledObject replicas must satisfy 1 <= min <= max, are " + min + ".." + max);
        }
        JsonNode triggers = scaledObject.at("/spec/triggers");
        if (triggers.isEmpty()) {
            violations.add("ScaledObject of " + service + " has no triggers");
        }
        JsonNode container = manifests.find("Deployment", service.module)
            .map(d -> Workloads.container(d, service.module)).orElseThrow();
        List<String> topics = new ArrayList<>();
        for (JsonNode trigger : triggers) {
            violations.addAll(kafkaTrigger(trigger, container, service));
            topics.add(trigger.at("/metadata/topic").asText());
        }
        violations.addAll(withinPartitions(max, topics, "ScaledObject maxReplicaCount"));
        return violations;
    }

    private static List<String> kafkaTrigger(JsonNode trigger, JsonNode container, ServiceModule service) {
        List<String> violations = new ArrayList<>();
        JsonNode metadata = trigger.path("metadata");
        String topic = metadata.path("topic").asText();
        if (!"kafka".equals(trigger.path("type").asText())) {
            violations.add("trigger " + trigger + " is not a kafka (consumer lag) trigger");
        }
        Optional<Topic<?, ?>> registered = Topics.byName(topic);
        if (registered.isEmpty() || !registered.get().readers().contains(service.registryName)) {
            violations.add("trigger topic '" + topic + "' is not a registry topic that " + service + " reads");
        }
        if (!service.consumerGroup.equals(metadata.path("consumerGroup").asText())) {
            violations.add("trigger on " + topic + " measures group '" + metadata.path("consumerGroup").asText()
                + "', the agreed group of " + service + " is '" + service.consumerGroup + "'");
        }
        String bootstrapVariable = metadata.path("bootstrapServersFromEnv").asText();
        boolean bootstrapSet = metadata.has("bootstrapServers") || Workloads.envNames(container).contains(bootstrapVariable);
        if (!bootstrapSet) {
            violations.add("trigger on " + topic + " reads bootstrap servers from '" + bootstrapVariable
                + "', which the container does not set");
        }
        if (!metadata.path("lagThreshold").asText().matches("[1-9][0-9]*")) {
            violations.add("trigger on " + topic + " needs a positive lagThreshold");
        }
        return violations;
    }

    /** max must not exceed the partition count of any of the topics. */
    static List<String> withinPartitions(int max, List<String> topicNames, String what) {
        OptionalInt fewest = topicNames.stream().map(Topics::byName).flatMap(Optional::stream)
            .mapToInt(Topic::partitions).min();
        if (fewest.isPresent() && max > fewest.getAsInt()) {
            return List.of(what + " " + max + " exceeds " + fewest.getAsInt()
                + " partitions, the fewest among " + topicNames);
        }
        return List.of();
    }

    private static List<JsonNode> targeting(List<JsonNode> autoscalers, String deployment) {
        return autoscalers.stream()
            .filter(a -> deployment.equals(a.at("/spec/scaleTargetRef/name").asText()))
            .filter(a -> "Deployment".equals(a.at("/spec/scaleTargetRef/kind").asText("Deployment")))
            .toList();
    }
}
