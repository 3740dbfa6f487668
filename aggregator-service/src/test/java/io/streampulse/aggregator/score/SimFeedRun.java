package io.streampulse.aggregator.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.streampulse.testkit.TestKafka;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * tools/sim-feed run as a child process ({@code tools/sim-feed/target/sim-feed.jar}, built by
 * {@code ./mvnw -pl tools/sim-feed install}; copied first, so a rebuild during the run cannot swap it): a simulator
 * on a MANUAL clock, refreshed like refresh-service does, its observations published to the test broker, its ground
 * truth written to {@code dir}.
 */
final class SimFeedRun implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChildJvm process;
    private final Path dir;

    private SimFeedRun(ChildJvm process, Path dir) {
        this.process = process;
        this.dir = dir;
    }

    /** How big the simulated run is; system properties {@code score.*} override the CI defaults. */
    record Size(int channels, int steps, int meanStreamMinutes, double flapRate, long seed) {

        static Size fromSystemProperties() {
            return new Size(Integer.getInteger("score.channels", 20_000), Integer.getInteger("score.steps", 120),
                Integer.getInteger("score.mean-stream-minutes", 120),
                Double.parseDouble(System.getProperty("score.flap-rate", "0.01")),
                Long.getLong("score.seed", 42L));
        }
    }

    static SimFeedRun start(Size size, Path dir) {
        Path built = Path.of(System.getProperty("basedir", ".")).resolve("../tools/sim-feed/target/sim-feed.jar")
            .normalize();
        Path jar = dir.resolve("sim-feed.jar");
        try {
            Files.createDirectories(dir);
            Files.copy(built, jar, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(built + ": build it first (./mvnw -B -o -q -pl tools/sim-feed install)", e);
        }
        List<String> arguments = List.of("--bootstrap", TestKafka.bootstrapServers(), "--out", dir.toString(),
            "--channels", Integer.toString(size.channels()), "--steps", Integer.toString(size.steps()),
            "--mean-stream-minutes", Integer.toString(size.meanStreamMinutes()),
            "--flap-rate", Double.toString(size.flapRate()), "--seed", Long.toString(size.seed()));
        return new SimFeedRun(ChildJvm.start("sim-feed", jar, List.of("-Xmx1g"), arguments, Map.of(),
            dir.resolve("sim-feed.log")), dir);
    }

    /** The last cycle the feed has published (-1 before the first). */
    int cycle() {
        return process.output().stream().filter(line -> line.startsWith("cycle "))
            .mapToInt(line -> Integer.parseInt(line.substring(6, line.indexOf('/')))).max().orElse(-1);
    }

    /** Waits until the run is complete and reads the ground truth it recorded. */
    GroundTruth awaitDone(Duration timeout) {
        int exit = process.awaitExit(timeout);
        if (exit != 0) {
            List<String> output = process.output();
            throw new IllegalStateException("sim-feed exited with " + exit + ":\n"
                + String.join("\n", output.subList(Math.max(0, output.size() - 30), output.size())));
        }
        try {
            JsonNode run = JSON.readTree(dir.resolve("run.json").toFile());
            return new GroundTruth(Instant.parse(run.get("start").asText()), Instant.parse(run.get("end").asText()),
                run.get("observations").asLong(), run.get("feed_millis").asLong(),
                lines("truth-channels.jsonl"), lines("truth-games.jsonl"), lines("truth-tags.jsonl"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<JsonNode> lines(String file) throws IOException {
        return Files.readAllLines(dir.resolve(file)).stream().map(SimFeedRun::parse).toList();
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.close();
    }

    /**
     * The simulator's ground truth inside the run ({@code millis} of broadcasting and the simulator's own
     * {@code viewer_minutes}, integrated over every 1 s world tick), per channel-day, game-hour and tag-day.
     */
    record GroundTruth(Instant start, Instant end, long observations, long feedMillis, List<JsonNode> channels,
                       List<JsonNode> games, List<JsonNode> tags) {
    }
}
