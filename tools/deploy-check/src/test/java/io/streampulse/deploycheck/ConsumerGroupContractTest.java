package io.streampulse.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The consumer groups the KEDA ScaledObjects measure (ServiceModule.consumerGroup, listed in
 * docs/deployment.md) are groups the services declare. A ScaledObject watching a group nobody uses never
 * scales. Declared groups: the Kafka Streams application.id, {@code groupId = "..."} on listeners, and
 * group.id / group-id settings in application.yml.
 */
class ConsumerGroupContractTest {

    private static final Pattern GROUP_ID_ATTRIBUTE = Pattern.compile("groupId\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern GROUP_ID_SETTING = Pattern.compile("group[.-]id:\\s*(\\S+)");

    @Test
    void scaledObjectsMeasureTheGroupsTheServicesDeclare() {
        // Given the services that scale on consumer lag and the groups their sources declare
        List<String> violations = new ArrayList<>();
        for (ServiceModule service : ServiceModule.values()) {
            Set<String> declared = declaredGroups(service);
            // Then a service that declares groups declares the agreed one (a service without consumers yet has none)
            if (service.autoscaling == ServiceModule.Autoscaling.CONSUMER_LAG && !declared.isEmpty()
                && !declared.contains(service.consumerGroup)) {
                violations.add(service + " declares groups " + declared + " but scales on '" + service.consumerGroup + "'");
            }
        }
        assertThat(violations).isEmpty();
        // And the aggregator, whose group is its application.id, declares it today
        assertThat(declaredGroups(ServiceModule.AGGREGATOR)).contains(ServiceModule.AGGREGATOR.consumerGroup);
    }

    @Test
    void groupsAreFoundInListenersAndSettings() {
        String sources = """
            @KafkaListener(groupId = "streampulse-refresh", offsetReset = EARLIEST)
            kafka:
              consumers:
                rebuild:
                  group.id: ${REBUILD_GROUP:streampulse-refresh-rebuild}
            """;

        assertThat(groups(sources)).containsExactly("streampulse-refresh", "streampulse-refresh-rebuild");
    }

    static Set<String> declaredGroups(ServiceModule service) {
        Set<String> groups = groups(mainSources(service.directory()));
        service.config().value("/kafka/streams/default/application.id").ifPresent(groups::add);
        return groups;
    }

    static Set<String> groups(String sources) {
        Set<String> groups = new TreeSet<>();
        for (Pattern pattern : List.of(GROUP_ID_ATTRIBUTE, GROUP_ID_SETTING)) {
            Matcher m = pattern.matcher(sources);
            while (m.find()) {
                String value = m.group(1);
                groups.add(value.startsWith("${") ? value.substring(value.indexOf(':') + 1, value.length() - 1) : value);
            }
        }
        return groups;
    }

    private static String mainSources(Path moduleDir) {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(moduleDir.resolve("src/main"))) {
            files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".yml"))
                .forEach(f -> text.append(Repo.read(f)).append('\n'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
