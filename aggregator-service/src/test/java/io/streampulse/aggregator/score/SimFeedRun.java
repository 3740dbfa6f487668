package io.streampulse.aggregator.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.streampulse.testkit.SimFeedProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** tools/sim-feed as the score's source ({@link SimFeedProcess}), and the ground truth it recorded. */
final class SimFeedRun implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SimFeedProcess process;

    private SimFeedRun(SimFeedProcess process) {
        this.process = process;
    }

    static SimFeedRun start(SimFeedProcess.Size size, Path dir) {
        return new SimFeedRun(SimFeedProcess.start(size, dir));
    }

    /** The last cycle the feed has published (-1 before the first). */
    int cycle() {
        return process.cycle();
    }

    /** Waits until the run is complete and reads the ground truth it recorded. */
    GroundTruth awaitDone(Duration timeout) {
        Path dir = process.awaitDone(timeout);
        try {
            JsonNode run = JSON.readTree(dir.resolve("run.json").toFile());
            return new GroundTruth(Instant.parse(run.get("start").asText()), Instant.parse(run.get("end").asText()),
                run.get("observations").asLong(), run.get("feed_millis").asLong(),
                lines(dir, "truth-channels.jsonl"), lines(dir, "truth-games.jsonl"), lines(dir, "truth-tags.jsonl"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> lines(Path dir, String file) throws IOException {
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
