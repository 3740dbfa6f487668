package io.streampulse.localstack;

import io.streampulse.localstack.kafka.TopicsOnBroker;
import io.streampulse.localstack.services.ServiceCatalog;
import io.streampulse.localstack.services.ServiceSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * End to end, on demand (the {@code full-stack} profile): the real simulator and the five real services of this
 * checkout, built beforehand, on the real broker, PostgreSQL and Redis. Ready within three minutes, every
 * registry topic as the registry says, every service ready, and Ctrl-C leaves nothing.
 *
 * <pre>./mvnw -B -q install -DskipTests && ./mvnw -B -o -pl tools/local-stack verify -Pfull-stack</pre>
 */
class FullStackIT {

    private static final Pattern READY = Pattern.compile("local stack ready in ([0-9.]+)s");

    @TempDir
    Path work;

    private StackProcess stack;

    @AfterEach
    void stopTheStackWhateverHappened() throws InterruptedException {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void theWholeSystemIsReadyWithinThreeMinutesWithTheRegistryTopicsAndStopsCleanly() throws Exception {
        // Given this checkout, built, and the fixed ports free
        Path repo = RepoLayout.findRepository(Path.of("").toAbsolutePath()).orElseThrow();
        List.of(8080, 8081, 8082, 8083, 8084, 8090).forEach(port ->
                assertThat(Ports.listening("127.0.0.1", port)).as("port %d must be free for this test", port).isFalse());

        // When the local stack starts
        stack = StackProcess.start(List.of("--repo-dir", repo.toString(), "--work-dir", work.toString(),
                "--kafka-port", Integer.toString(Ports.free()), "--timeout", "180s"), Map.of());
        await().atMost(Duration.ofSeconds(200)).until(() -> stack.printed("local stack ready in") || !stack.process().isAlive());

        // Then it is ready within three minutes
        assertThat(stack.process().isAlive()).as(String.join("\n", stack.output())).isTrue();
        assertThat(timeToReady(stack)).isLessThan(Duration.ofMinutes(3));
        // And every registry topic exists with its partitions, cleanup policy and retention
        assertThat(TopicsOnBroker.describe(stack.summaryValue("Kafka bootstrap")))
                .containsAllEntriesOf(TopicsOnBroker.expectedFromRegistry());
        // And every service answers ready
        assertThat(readinessStatuses()).isEqualTo(Map.of("aggregator", 200, "api", 200, "archive", 200, "ingest", 200,
                "refresh", 200));

        // When Ctrl-C reaches it / Then it exits and no process of the stack is left
        stack.sendCtrlC();
        assertThat(stack.process().waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(stack.process().exitValue()).isEqualTo(130);
        assertThat(StackProcess.processesMentioning(work)).isEmpty();
    }

    private static Duration timeToReady(StackProcess stack) {
        String line = stack.output().stream().filter(l -> READY.matcher(l).find()).findFirst().orElseThrow();
        Matcher matcher = READY.matcher(line);
        matcher.find();
        return Duration.ofMillis(Math.round(Double.parseDouble(matcher.group(1)) * 1000));
    }

    private static Map<String, Integer> readinessStatuses() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Map<String, Integer> statuses = new TreeMap<>();
        for (ServiceSpec service : ServiceCatalog.SERVICES) {
            HttpRequest request = HttpRequest.newBuilder(service.readinessUri()).timeout(Duration.ofSeconds(10)).build();
            statuses.put(service.name(), http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        }
        return statuses;
    }
}
