package io.streampulse.archive.score;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * tools/sim-feed run as a child process ({@code tools/sim-feed/target/sim-feed.jar}, built by
 * {@code ./mvnw -pl tools/sim-feed install}; copied first, so a rebuild during the run cannot swap it): a simulator
 * on a MANUAL clock, refreshed like refresh-service does, its observations published to the test broker, its ground
 * truth written to {@code dir}.
 */
final class SimFeedRun implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CYCLE = Pattern.compile("cycle (\\d+)/\\d+ ");

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

    /**
     * The last cycle the feed has published (-1 before the first). The log is read while the feed writes it, so its
     * last line may be cut short ({@code "cycle 6"}): only complete {@code "cycle <n>/<steps> "} lines count.
     */
    int cycle() {
        return process.output().stream().map(CYCLE::matcher).filter(Matcher::lookingAt)
            .mapToInt(line -> Integer.parseInt(line.group(1))).max().orElse(-1);
    }

    /** Waits until the run is complete and reads what it recorded. */
    FeedResult awaitDone(Duration timeout) {
        int exit = process.awaitExit(timeout);
        if (exit != 0) {
            throw new IllegalStateException("sim-feed exited with " + exit + ":\n" + String.join("\n",
                process.output().subList(Math.max(0, process.output().size() - 30), process.output().size())));
        }
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
