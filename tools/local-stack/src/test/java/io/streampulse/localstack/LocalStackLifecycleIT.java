package io.streampulse.localstack;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The local stack as a user runs it, against a checkout whose simulator and service jars are stand-ins
 * ({@link FakeService}) but with a real Kafka broker, PostgreSQL and Redis: it starts everything, gives each
 * service its environment, reports ready, and on Ctrl-C (SIGINT) stops services, simulator and broker in that
 * order, leaving no process behind. Needs the ports of the services (8080-8084) and the simulator (8090) free.
 */
class LocalStackLifecycleIT {

    private static final List<String> MODULES = List.of("tools/twitch-sim:twitch-sim", "api-service:api-service",
            "ingest-service:ingest-service", "refresh-service:refresh-service", "archive-service:archive-service",
            "aggregator-service:aggregator-service");
    private static final List<String> STOP_ORDER = List.of(
            "stopping api, ingest, refresh, archive, aggregator", "stopping twitch-sim", "stopping kafka");

    @TempDir
    Path repo;

    private StackProcess stack;

    @AfterEach
    void stopTheStackWhateverHappened() throws InterruptedException {
        if (stack != null) {
            stack.close();
        }
    }

    @BeforeEach
    void givenACheckoutWithStandInJarsAndTheFixedPortsFree() throws IOException {
        Files.createDirectories(repo.resolve("tools/local-stack"));
        Files.writeString(repo.resolve("tools/local-stack/pom.xml"), "<project/>");
        for (String module : MODULES) {
            String[] parts = module.split(":");
            writeFakeJar(repo.resolve(parts[0]).resolve("target").resolve(parts[1] + ".jar"));
        }
        List.of(8080, 8081, 8082, 8083, 8084, 8090).forEach(port ->
                assertThat(Ports.listening("127.0.0.1", port)).as("port %d must be free for this test", port).isFalse());
    }

    @Test
    void startsEverythingReportsReadyAndStopsInOrderOnCtrlC() throws Exception {
        // When the local stack starts
        stack = start(Map.of());

        // Then it reports everything ready
        await().atMost(Duration.ofSeconds(150)).until(() -> stack.printed("StreamPulse local stack ready in")
                || !stack.process().isAlive());
        assertThat(stack.process().isAlive()).as(String.join("\n", stack.output())).isTrue();
        assertThat(stack.output()).anyMatch(l -> l.contains("ready 6/6: "));

        // And each service got the stack's infrastructure and the simulator; the aggregator its own Streams state
        // directory, through its own variable (no KAFKA_STREAMS_* variable: it would add a stream configuration)
        Path work = repo.resolve("work").toAbsolutePath();
        assertThat(Files.readString(repo.resolve("aggregator-service/target/env.txt"))).isEqualTo(
                "{AGGREGATOR_STATE_DIR=" + work.resolve("streams-state/aggregator")
                + ", DATASOURCES_DEFAULT_URL=" + stack.summaryValue("PostgreSQL")
                + ", DATASOURCES_DEFAULT_USERNAME=postgres, KAFKA_BOOTSTRAP_SERVERS=" + stack.summaryValue("Kafka bootstrap")
                + ", KAFKA_STREAMS_STATE_DIR=, REDIS_URI=" + stack.summaryValue("Redis")
                + ", TWITCH_CLIENT_ID=streampulse-local"
                + ", TWITCH_EVENTSUB_CALLBACK_URL=http://localhost:8081/webhooks/eventsub"
                + ", TWITCH_HELIX_URL=http://localhost:8090/helix}");
        assertThat(Files.readString(repo.resolve("ingest-service/target/env.txt"))).contains("AGGREGATOR_STATE_DIR=,");

        // When Ctrl-C reaches it
        stack.sendCtrlC();

        // Then it stops services, then the simulator, then the broker, exits, and leaves no process
        assertThat(stack.process().waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(stack.process().exitValue()).isEqualTo(130);
        assertThat(stack.stopLines()).isEqualTo(STOP_ORDER);
        assertThat(StackProcess.processesMentioning(repo)).isEmpty();
    }

    @Test
    void ctrlCDuringStartUpStopsWhatWasStartedAndLeavesNothing() throws Exception {
        // Given a stack whose services never get ready
        stack = start(Map.of("FAKE_NEVER_READY", "true"));
        await().atMost(Duration.ofSeconds(120)).until(() -> stack.printed("listening on 8084") || !stack.process().isAlive());
        assertThat(stack.process().isAlive()).as(String.join("\n", stack.output())).isTrue();

        // When Ctrl-C reaches it while it waits for them
        stack.sendCtrlC();

        // Then it stops everything it started, without reporting a failure of its own making, and exits
        assertThat(stack.process().waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(stack.process().exitValue()).isEqualTo(130);
        assertThat(stack.stopLines()).isEqualTo(STOP_ORDER);
        assertThat(stack.output()).noneMatch(l -> l.contains("FAILED"));
        assertThat(StackProcess.processesMentioning(repo)).isEmpty();
    }

    private StackProcess start(Map<String, String> env) throws IOException {
        return StackProcess.start(List.of("--repo-dir", repo.toString(), "--work-dir", repo.resolve("work").toString(),
                "--kafka-port", Integer.toString(Ports.free()), "--timeout", "150s"), env);
    }

    private static void writeFakeJar(Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        String entry = FakeService.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
             InputStream classFile = FakeService.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            classFile.transferTo(out);
            out.closeEntry();
        }
    }
}
