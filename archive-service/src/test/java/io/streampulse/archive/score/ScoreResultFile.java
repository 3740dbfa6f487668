package io.streampulse.archive.score;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the score's figures as {@code tools/bench/results/archive-score.json}, in the format of tools/bench's result
 * files (its {@code BenchResult}: snake_case fields, figures with their targets), so that BENCHMARKS.md shows them
 * beside the benchmarks when tools/bench renders it. Replaces the previous run's file.
 */
final class ScoreResultFile {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Instant startedAt = Instant.now();
    private final List<Double> loads = new ArrayList<>();
    private final Map<String, String> setup = new LinkedHashMap<>();
    private final ArrayNode figures = JSON.createArrayNode();
    private final List<String> notes = new ArrayList<>();

    ScoreResultFile() {
        sampleLoad();
    }

    /** One more sample of the 1-minute load average ({@code /proc/loadavg}, what {@code uptime} prints first). */
    void sampleLoad() {
        try {
            loads.add(Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]));
        } catch (IOException | RuntimeException e) {
            // no load figure on this system
        }
    }

    void setup(String name, String value) {
        setup.put(name, value);
    }

    void note(String note) {
        notes.add(note);
    }

    /** The figures of one scored archive, each name prefixed with {@code which}. */
    void figures(String which, ArchiveFigures f, double stepSeconds) {
        figure(which + ": session recall", 100 * f.recall(), "%", "AT_LEAST", 99.9,
            f.matched() + " of " + f.expected() + " broadcasts a refresh cycle saw live, ended by the cutoff");
        figure(which + ": session precision", 100 * f.precision(), "%", "AT_LEAST", 99.9,
            "archived sessions whose broadcast really ended, of " + f.archived());
        figure(which + ": duplicate sessions", f.duplicates(), "", "AT_MOST", 0,
            "extra rows of a stream id plus overlapping sessions of a channel");
        figure(which + ": p95 end-time error", f.endErrorSeconds().p95(), "s", "AT_MOST", stepSeconds,
            "real end minus archived ended_at (the last LIVE observation); target: one refresh interval");
        figure(which + ": median end-time error", f.endErrorSeconds().p50(), "s", null, 0, "same, median");
        figure(which + ": median viewer-minutes error", 100 * f.viewerMinuteError().p50(), "%", "AT_MOST", 2,
            "|archived - real| / real per broadcast begun and ended in the run (n=" + f.viewerMinuteError().count()
                + "); target: under 2 %");
        figure(which + ": p95 viewer-minutes error", 100 * f.viewerMinuteError().p95(), "%", null, 0,
            "same, p95 (short broadcasts: the half interval at each end weighs more)");
        figure(which + ": viewer-minutes bias", 100 * f.viewerMinuteBias(), "%", null, 0,
            "(archived - real) / real of the same broadcasts summed");
    }

    private void figure(String name, double value, String unit, String kind, double target, String how) {
        ObjectNode figure = figures.addObject();
        figure.put("name", name);
        figure.put("value", value);
        figure.put("unit", unit);
        if (kind == null) {
            figure.putNull("target");
        } else {
            figure.putObject("target").put("kind", kind).put("value", target).put("tolerance", 0.0);
        }
        figure.put("how", how);
    }

    /** Writes the file below {@code repository}; its path. */
    Path write(Path repository, String command) {
        sampleLoad();
        ObjectNode result = JSON.createObjectNode();
        result.put("id", "archive-score");
        result.put("title", "Archive end detection and viewer-minutes against the simulator's ground truth");
        result.put("description", "tools/sim-feed runs the simulator on a manual clock (1 % of live streams missing"
            + " from each Get Streams answer) and publishes refresh's observations to Kafka; two archive-services"
            + " consume them: one in the test JVM, undisturbed, and the shaded jar as a child process SIGKILLed"
            + " halfway through and started again. Each one's stream_sessions is scored against the simulator's"
            + " sessions (ArchiveScoreIT, archive-service/src/test/java/io/streampulse/archive/score).");
        result.put("command", command);
        result.put("started_at", startedAt.toString());
        result.put("duration_seconds", Duration.between(startedAt, Instant.now()).toSeconds());
        ObjectNode machine = result.putObject("machine");
        machine.put("cpu", cpu());
        machine.put("cpus", Runtime.getRuntime().availableProcessors());
        machine.put("memory_mb", memoryMb());
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("java", System.getProperty("java.version"));
        machine.put("load_at_start", loads.isEmpty() ? Double.NaN : loads.get(0));
        machine.put("load_at_end", loads.isEmpty() ? Double.NaN : loads.get(loads.size() - 1));
        machine.put("load_mean", Math.round(loads.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN)
            * 100) / 100.0);
        machine.put("load_max", loads.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN));
        ObjectNode setupNode = result.putObject("setup");
        setup.forEach(setupNode::put);
        result.set("figures", figures);
        ArrayNode notesNode = result.putArray("notes");
        notes.forEach(notesNode::add);
        Path file = repository.resolve("tools/bench/results/archive-score.json");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writeValueAsString(result) + "\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim().replaceAll("\\s+", " ")).findFirst()
                .orElse(System.getProperty("os.arch"));
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.arch");
        }
    }

    private static long memoryMb() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElse(0);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
