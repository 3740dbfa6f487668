package io.streampulse.twitch.budget;

import com.fasterxml.jackson.databind.JsonNode;
import io.streampulse.testkit.TestNames;
import io.streampulse.testkit.TestRedis;
import io.streampulse.twitch.TwitchJson;
import io.streampulse.twitchsim.SimConfig;
import io.streampulse.twitchsim.TwitchSimulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Several separate JVMs ({@link BudgetLoadWorker}), one client id, one Redis budget, one simulator with
 * a given limit, for a given time. What Twitch (the simulator) saw is the measurement: points used per
 * minute and 429s.
 */
final class SharedBudgetRun {

    private static final Pattern RESULT = Pattern.compile(
            "RESULT name=(\\S+) refresh=(\\d+) discovery=(\\d+) rate_limited=(\\d+) failures=(\\d+)");

    record WorkerResult(String name, long refresh, long discovery, long rateLimited, long failures) {
    }

    /**
     * @param pointsPerMinute simulator's points used per wall-clock minute (minute start epoch s → points)
     * @param simRateLimited  429s the simulator answered
     * @param simPoints       all points the simulator charged
     */
    record Result(List<WorkerResult> workers, Map<String, Long> pointsPerMinute, long simRateLimited,
                  long simPoints, Duration elapsed, long startedAtMillis, long endedAtMillis) {

        /** Minutes (epoch second of their start) entirely inside the run. */
        boolean isFullMinute(String minuteStart) {
            long start = Long.parseLong(minuteStart) * 1000;
            return start >= startedAtMillis && start + 60_000 <= endedAtMillis;
        }
    }

    private SharedBudgetRun() {
    }

    static Result run(int limitPerMinute, Duration duration, int workers, int loopsPerWorker, Consumer<String> log) {
        SimConfig config = SimConfig.defaults().withPort(0).withRateLimitPerMinute(limitPerMinute).withFlapRate(0)
                .withEventRatePerChannel(0);
        try (TwitchSimulator sim = TwitchSimulator.start(config)) {
            String prefix = TestNames.unique("shared-budget") + ":";
            long started = System.nanoTime();
            long startedAt = System.currentTimeMillis();
            List<Process> processes = new ArrayList<>();
            List<CompletableFuture<WorkerResult>> results = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                Process p = startWorker("worker-" + (i + 1), sim, prefix, limitPerMinute, duration, loopsPerWorker);
                processes.add(p);
                Path logFile = Path.of(System.getProperty("java.io.tmpdir"),
                        prefix.replace(':', '-') + "worker-" + (i + 1) + ".log");
                results.add(CompletableFuture.supplyAsync(() -> readResult(p, logFile, log)));
            }
            List<WorkerResult> done = results.stream().map(CompletableFuture::join).toList();
            processes.forEach(SharedBudgetRun::awaitExit);
            long endedAt = System.currentTimeMillis();
            JsonNode helix = stats(sim).path("helix");
            Map<String, Long> perMinute = new LinkedHashMap<>();
            helix.path("points_per_minute").fields().forEachRemaining(e -> perMinute.put(e.getKey(), e.getValue().asLong()));
            long points = perMinute.values().stream().mapToLong(Long::longValue).sum();
            return new Result(done, perMinute, helix.path("rate_limited_429").asLong(), points,
                    Duration.ofNanos(System.nanoTime() - started), startedAt, endedAt);
        }
    }

    private static Process startWorker(String name, TwitchSimulator sim, String prefix, int limit, Duration duration,
                                       int loops) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx192m", "-cp", System.getProperty("java.class.path"),
                BudgetLoadWorker.class.getName(), name, sim.helixUrl(), sim.authUrl(), TestRedis.uri(), prefix,
                Integer.toString(limit), Long.toString(duration.toSeconds()), Integer.toString(loops));
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the worker's output to its end; everything goes to {@code logFile}, progress also to {@code log}. */
    private static WorkerResult readResult(Process process, Path logFile, Consumer<String> log) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
             java.io.Writer file = java.nio.file.Files.newBufferedWriter(logFile, StandardCharsets.UTF_8)) {
            WorkerResult result = null;
            String line;
            while ((line = out.readLine()) != null) {
                file.write(line);
                file.write(System.lineSeparator());
                Matcher m = RESULT.matcher(line);
                if (m.find()) {
                    result = new WorkerResult(m.group(1), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                            Long.parseLong(m.group(4)), Long.parseLong(m.group(5)));
                }
                if (line.startsWith("PROGRESS") || line.startsWith("RESULT") || line.contains(" WARN ")
                        || line.contains("ERROR")) {
                    log.accept(line);
                }
            }
            if (result == null) {
                throw new IllegalStateException("worker ended without a RESULT line (exit " + process.waitFor()
                        + "), see " + logFile);
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitExit(Process process) {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
        }
    }

    private static JsonNode stats(TwitchSimulator sim) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/admin/stats")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return TwitchJson.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
