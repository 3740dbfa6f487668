package io.streampulse.simfeed.cli;

import java.time.Instant;

/** {@code java -jar sim-feed.jar --bootstrap <kafka> --out <dir> [options]}: one feed run (see {@link RunOptions}). */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        RunOptions options;
        try {
            options = RunOptions.parse(args, Instant.now());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        System.out.printf("sim-feed: %d channels, %d steps of %d s from %s, output %s%n", options.channels(),
            options.steps(), options.stepSeconds(), options.startTime(), options.out());
        RunSummary summary = new FeedRun(options, System.out).run();
        System.out.printf("done observations=%d live=%d absent=%d calls=%d feed_millis=%d%n", summary.observations(),
            summary.liveObservations(), summary.absentObservations(), summary.calls(), summary.feedMillis());
        System.exit(0);
    }
}
