package io.streampulse.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.streampulse.contracts.topic.Topics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** docker-compose.yml starts a working system: infrastructure, topics, simulator and the five services. */
class ComposeFileTest {

    static final List<String> INFRASTRUCTURE = List.of("kafka", ComposeChecks.TOPIC_INIT, "postgres", "redis",
        SimulatorConfig.NAME);

    static JsonNode compose() {
        return Yaml.document(TopicManifests.COMPOSE_FILE);
    }

    @Test
    void namesTheInfrastructureTheSimulatorAndEveryService() {
        List<String> required = new ArrayList<>(INFRASTRUCTURE);
        Arrays.stream(ServiceModule.values()).forEach(s -> required.add(s.module));

        assertThat(ComposeChecks.missingServices(compose(), required)).isEmpty();
    }

    @Test
    void topicInitCreatesEveryRegistryTopicWithAutoCreateOff() {
        JsonNode compose = compose();
        List<DeclaredTopic> created = DeclaredTopic.fromCreateCommands(ComposeChecks.topicInitScript(compose));

        assertThat(ComposeChecks.autoCreateOff(compose)).isEmpty();
        assertThat(TopicChecks.matchRegistry(created, Topics.all(), 1)).as(KafkaTopicsTest.HOW_TO_FIX).isEmpty();
    }

    @Test
    void everyLongRunningServiceHasAHealthcheck() {
        assertThat(ComposeChecks.healthchecks(compose())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ServiceModule.class)
    void eachServiceWaitsForWhatItUsesAndSetsOnlyWhatItReads(ServiceModule service) {
        // Given the service's compose entry and what its application.yml reads
        JsonNode compose = compose();
        JsonNode entry = ComposeChecks.service(compose, service.module);
        ServiceConfig config = service.config();
        int port = config.port();

        // Then it depends on its infrastructure, checks its readiness endpoint and sets only variables it reads
        List<String> violations = new ArrayList<>();
        violations.addAll(ComposeChecks.dependencies(compose, service.module, requiredDependencies(config)));
        violations.addAll(ComposeChecks.healthcheckProbes(entry, service.module, port, "/health/readiness"));
        violations.addAll(ComposeChecks.environmentRead(entry, service.module, config.environmentVariables()));
        if (!("./" + service.module).equals(entry.path("build").asText())) {
            violations.add(service + " must be built from ./" + service.module + ", is " + entry.path("build"));
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theSimulatorSetsOnlyWhatItReadsAndIsCheckedOnItsHealthEndpoint() {
        JsonNode simulator = ComposeChecks.service(compose(), SimulatorConfig.NAME);
        int port = Integer.parseInt(ComposeChecks.environment(simulator)
            .getOrDefault("SIM_PORT", String.valueOf(SimulatorConfig.DEFAULT_PORT)));

        List<String> violations = new ArrayList<>();
        violations.addAll(ComposeChecks.environmentRead(simulator, SimulatorConfig.NAME, SimulatorConfig.environmentVariables()));
        violations.addAll(ComposeChecks.healthcheckProbes(simulator, SimulatorConfig.NAME, port, "/health"));
        assertThat(violations).isEmpty();
    }

    @Test
    void aMissingTopicAutoCreateOrAWeakDependencyIsReported() {
        // Given compose with auto-create on, the first topic line gone and refresh starting before Kafka is healthy
        ObjectNode compose = (ObjectNode) compose();
        ((ObjectNode) compose.at("/services/kafka/environment")).put("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true");
        String firstTopic = Topics.all().get(0).name();
        String script = ComposeChecks.topicInitScript(compose).lines()
            .filter(line -> !line.contains("--topic " + firstTopic + " ")).reduce("", (a, b) -> a + b + "\n");
        ((ObjectNode) compose.at("/services/topic-init")).put("command", script);
        ((ObjectNode) compose.at("/services/refresh-service/depends_on/kafka")).put("condition", "service_started");

        // Then each is reported
        assertThat(ComposeChecks.autoCreateOff(compose))
            .containsExactly("kafka must set KAFKA_AUTO_CREATE_TOPICS_ENABLE=false, sets true");
        assertThat(TopicChecks.matchRegistry(DeclaredTopic.fromCreateCommands(ComposeChecks.topicInitScript(compose)),
            Topics.all(), 1)).containsExactly("registry topic " + firstTopic + " is not declared");
        assertThat(ComposeChecks.dependencies(compose, "refresh-service", Set.of("kafka"))).containsExactly(
            "refresh-service waits for kafka with condition 'service_started', expected service_healthy");
    }

    @Test
    void aMissingServiceOrHealthcheckIsReported() {
        ObjectNode compose = (ObjectNode) compose();
        ((ObjectNode) compose.path("services")).remove("archive-service");
        ((ObjectNode) compose.at("/services/redis")).remove("healthcheck");

        assertThat(ComposeChecks.missingServices(compose, List.of("kafka", "archive-service")))
            .containsExactly("docker-compose.yml has no service archive-service");
        assertThat(ComposeChecks.healthchecks(compose)).containsExactly("service redis has no healthcheck");
    }

    /** kafka and topic-init always; redis, postgres, the simulator when the service reads their settings. */
    static Set<String> requiredDependencies(ServiceConfig config) {
        Set<String> required = new LinkedHashSet<>(List.of("kafka", ComposeChecks.TOPIC_INIT));
        if (config.reads("REDIS_URI")) {
            required.add("redis");
        }
        if (config.reads("DATASOURCES_DEFAULT_URL")) {
            required.add("postgres");
        }
        if (config.reads("TWITCH_HELIX_URL")) {
            required.add(SimulatorConfig.NAME);
        }
        return required;
    }
}
