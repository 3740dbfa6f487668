package io.streampulse.localstack.readiness;

import com.sun.net.httpserver.HttpServer;
import io.streampulse.localstack.Console;
import io.streampulse.localstack.StartupFailure;
import io.streampulse.localstack.process.BlockingChild;
import io.streampulse.localstack.process.ChildProcess;
import io.streampulse.localstack.process.ChildSpec;
import io.streampulse.localstack.process.ProcessLauncher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Waiting for real processes behind real HTTP endpoints. */
class ReadinessWaiterIT {

    @TempDir
    Path work;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final Console console = new Console(new PrintStream(printed, true, StandardCharsets.UTF_8), System.nanoTime(), false);
    private final List<ChildProcess> children = new ArrayList<>();
    private final List<HttpServer> servers = new ArrayList<>();

    @AfterEach
    void stopEverything() {
        children.forEach(c -> c.stop(Duration.ofSeconds(5)));
        servers.forEach(s -> s.stop(0));
    }

    @Test
    void returnsOnceEveryTargetAnswers200AndReportsTheProgress() throws IOException {
        // Given a target that answers 503 twice before it is ready
        AtomicInteger calls = new AtomicInteger();
        URI health = server(() -> calls.incrementAndGet() > 2 ? 200 : 503);
        ReadinessTarget target = new ReadinessTarget("ingest", health, child("ingest", BlockingChild.class.getName()));

        // When waited for / Then it returns, and the progress names it as ready
        new ReadinessWaiter(console).awaitAll(List.of(target), Instant.now().plusSeconds(30), Duration.ofSeconds(30));
        assertThat(calls.get()).isEqualTo(3);
        assertThat(printed.toString(StandardCharsets.UTF_8)).containsPattern("ready 1/1: ingest \\(\\d+\\.\\ds\\)");
    }

    @Test
    void failsFastWhenAProcessExitsBeforeItIsReady() throws IOException {
        // Given a process that exits at once ("java -version") behind an endpoint that never gets ready
        ReadinessTarget target = new ReadinessTarget("archive", server(() -> 503), child("archive", "-version"));

        // When waited for / Then the failure names it with its exit code, long before the deadline
        Instant start = Instant.now();
        assertThatThrownBy(() -> new ReadinessWaiter(console).awaitAll(List.of(target), Instant.now().plusSeconds(60),
                Duration.ofSeconds(60)))
                .isInstanceOf(StartupFailure.class)
                .hasMessageStartingWith("before it was ready, archive exited with code 0; its last lines:\n  ")
                .hasMessageContaining(" version \"")
                .hasMessageEndingWith("\n  (whole output: " + work.resolve("logs/archive.log") + ")");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void failsLoudlyAtTheDeadlineNamingWhoWasNotReady() throws IOException {
        // Given one ready target and one that never gets ready
        ReadinessTarget ready = new ReadinessTarget("api", server(() -> 200), child("api", BlockingChild.class.getName()));
        ReadinessTarget slow = new ReadinessTarget("refresh", server(() -> 503), child("refresh", BlockingChild.class.getName()));

        // When waited for with a short deadline / Then the failure names the one not ready
        assertThatThrownBy(() -> new ReadinessWaiter(console).awaitAll(List.of(ready, slow), Instant.now().plusSeconds(2),
                Duration.ofSeconds(2)))
                .isInstanceOf(StartupFailure.class)
                .hasMessageMatching("not ready after 2 s: refresh \\(ready 1/2: api \\(\\d+\\.\\ds\\); waiting: refresh\\)");
    }

    private ChildProcess child(String name, String mainClassOrOption) {
        ProcessLauncher launcher = new ProcessLauncher(console, work.resolve("logs"), Optional.empty(), false);
        ChildProcess child = launcher.start(ChildSpec.echoed(name,
                List.of("-cp", System.getProperty("java.class.path"), mainClassOrOption), Map.of(), work));
        children.add(child);
        return child;
    }

    private URI server(java.util.function.IntSupplier status) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/health/readiness", exchange -> {
            exchange.sendResponseHeaders(status.getAsInt(), -1);
            exchange.close();
        });
        server.start();
        servers.add(server);
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/health/readiness");
    }
}
