package io.streampulse.archive.score;

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

/** tools/sim-feed as the score's source ({@link SimFeedProcess}), and the sessions it recorded. */
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

    /** Waits until the run is complete and reads what it recorded. */
    FeedResult awaitDone(Duration timeout) {
        Path dir = process.awaitDone(timeout);
        try {
            JsonNode run = JSON.readTree(dir.resolve("run.json").toFile());
            List<TruthSession> sessions = Files.readAllLines(dir.resolve("sessions.jsonl")).stream()
                .map(SimFeedRun::session).toList();
            return new FeedResult(Instant.parse(run.get("start").asText()), Instant.parse(run.get("end").asText()),
                Duration.ofSeconds(run.get("step_seconds").asLong()), run.get("observations").asLong(),
                run.get("feed_millis").asLong(), sessions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TruthSession session(String line) {
        try {
            JsonNode s = JSON.readTree(line);
            return new TruthSession(s.get("stream_id").asText(), s.get("broadcaster_id").asText(),
                Instant.parse(s.get("started_at").asText()),
                s.get("ended_at").isNull() ? null : Instant.parse(s.get("ended_at").asText()),
                s.get("viewer_minutes").asDouble(), s.get("polls").asInt(), s.get("live_observations").asInt(),
                s.get("live_at_start").asBoolean());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.close();
    }

    /** What the run recorded: its time span, how many observations it published, every broadcast's truth. */
    record FeedResult(Instant start, Instant end, Duration step, long observations, long feedMillis,
                      List<TruthSession> sessions) {
    }
}
