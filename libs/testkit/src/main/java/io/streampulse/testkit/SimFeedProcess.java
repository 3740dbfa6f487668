package io.streampulse.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * tools/sim-feed run as a child process of a ground-truth score ({@code tools/sim-feed/target/sim-feed.jar}, built by
 * {@code ./mvnw -pl tools/sim-feed install}; copied first, so a rebuild during the run cannot swap it): a simulator on
 * a MANUAL clock, refreshed as refresh-service does, its observations published to the test broker, its ground truth
 * written to {@code dir} ({@code run.json} and the {@code *.jsonl} files its README describes). What a score reads
 * of them is the score's own business.
 */
public final class SimFeedProcess implements AutoCloseable {

    private static final Pattern CYCLE = Pattern.compile("cycle (\\d+)/\\d+ ");

    private final ChildJvm process;
    private final Path dir;

    private SimFeedProcess(ChildJvm process, Path dir) {
        this.process = process;
        this.dir = dir;
    }

    /** How big the simulated run is; system properties {@code score.*} override the CI defaults. */
    public record Size(int channels, int steps, int meanStreamMinutes, double flapRate, long seed) {

        public static Size fromSystemProperties() {
            return new Size(Integer.getInteger("score.channels", 20_000), Integer.getInteger("score.steps", 120),
                Integer.getInteger("score.mean-stream-minutes", 120),
                Double.parseDouble(System.getProperty("score.flap-rate", "0.01")),
                Long.getLong("score.seed", 42L));
        }
    }

    /** Starts the feed of {@code size} into {@code dir}, from a module directory beside tools/ ({@code basedir}). */
    public static SimFeedProcess start(Size size, Path dir) {
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
        return new SimFeedProcess(ChildJvm.start("sim-feed", jar, List.of("-Xmx1g"), arguments, Map.of(),
            dir.resolve("sim-feed.log")), dir);
    }

    /**
     * The last cycle the feed has published (-1 before the first). The log is read while the feed writes it, so its
     * last line may be cut short ({@code "cycle 6"}): only complete {@code "cycle <n>/<steps> "} lines count.
     */
    public int cycle() {
        return process.output().stream().map(CYCLE::matcher).filter(Matcher::lookingAt)
            .mapToInt(line -> Integer.parseInt(line.group(1))).max().orElse(-1);
    }

    /** Waits until the run is complete; the directory its ground truth is in. Fails with the log's tail otherwise. */
    public Path awaitDone(Duration timeout) {
        int exit = process.awaitExit(timeout);
        if (exit != 0) {
            List<String> output = process.output();
            throw new IllegalStateException("sim-feed exited with " + exit + ":\n"
                + String.join("\n", output.subList(Math.max(0, output.size() - 30), output.size())));
        }
        return dir;
    }

    @Override
    public void close() {
        process.close();
    }
}
