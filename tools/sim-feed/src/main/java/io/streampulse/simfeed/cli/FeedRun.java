package io.streampulse.simfeed.cli;

import io.streampulse.contracts.topic.TopicProvisioner;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.simfeed.feed.FeedSettings;
import io.streampulse.simfeed.feed.HelixStreams;
import io.streampulse.simfeed.feed.SimFeed;
import io.streampulse.simfeed.feed.SimulatorHelix;
import io.streampulse.simfeed.feed.StepListener;
import io.streampulse.simfeed.feed.StepReport;
import io.streampulse.simfeed.kafka.KafkaFeedOutput;
import io.streampulse.simfeed.truth.TruthRecorder;
import io.streampulse.twitch.helix.HelixClient;
import io.streampulse.twitchsim.ClockMode;
import io.streampulse.twitchsim.SimConfig;
import io.streampulse.twitchsim.TwitchSimulator;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * One complete run: a simulator on a MANUAL clock, the feed publishing to Kafka, the ground truth recorded at every
 * cycle, and the run's files written at the end. Prints one progress line per cycle.
 */
public final class FeedRun {

    /** The simulated Helix bucket: large enough never to be the limit of a run (the feed is not paced). */
    static final int UNLIMITED_PER_MINUTE = 100_000_000;

    private final RunOptions options;
    private final PrintStream progress;

    public FeedRun(RunOptions options, PrintStream progress) {
        if (options.startTime().getEpochSecond() % options.stepSeconds() != 0) {
            throw new IllegalArgumentException("--start-time must be a multiple of the step: " + options.startTime());
        }
        this.options = options;
        this.progress = progress;
    }

    public RunSummary run() {
        if (options.createTopics()) {
            createTopics();
        }
        long began = System.nanoTime();
        try (TwitchSimulator sim = TwitchSimulator.start(simConfig());
             HelixClient helix = SimulatorHelix.client(sim);
             KafkaFeedOutput output = new KafkaFeedOutput(options.bootstrapServers())) {
            TruthRecorder truth = new TruthRecorder(sim.groundTruth());
            Totals totals = new Totals();
            HelixStreams streams = new HelixStreams(helix, FeedSettings.defaults().maxInFlight());
            SimFeed feed = new SimFeed(sim.clock(), streams, output, feedSettings(), List.of(truth, totals));
            feed.start();
            for (int step = 1; step <= options.steps(); step++) {
                feed.step();
            }
            RunSummary summary = new RunSummary(options.startTime(), sim.clock().now(), options.stepSeconds(),
                options.steps() + 1, options.channels(), options.liveShare(), options.seed(), options.flapRate(),
                options.meanStreamMinutes(), options.tickSeconds(), totals.live, totals.absent, streams.calls(),
                Duration.ofNanos(System.nanoTime() - began).toMillis());
            RunFiles.write(options.out(), summary, truth.ledger());
            return summary;
        }
    }

    private SimConfig simConfig() {
        return SimConfig.defaults().withClockMode(ClockMode.MANUAL).withStartTime(options.startTime())
            .withChannels(options.channels()).withLiveShare(options.liveShare()).withSeed(options.seed())
            .withFlapRate(options.flapRate()).withMeanStreamDuration(Duration.ofMinutes(options.meanStreamMinutes()))
            .withTickInterval(Duration.ofSeconds(options.tickSeconds())).withRateLimitPerMinute(UNLIMITED_PER_MINUTE);
    }

    private FeedSettings feedSettings() {
        return FeedSettings.defaults().withStep(options.step())
            .withDropAfterAbsent(Duration.ofSeconds(options.dropAfterAbsentSeconds()))
            .withPublishDiscovered(options.publishDiscovered());
    }

    private void createTopics() {
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, options.bootstrapServers());
        try (Admin admin = Admin.create(config)) {
            TopicProvisioner.ensureTopics(admin, List.of(Topics.STREAMS_OBSERVATIONS, Topics.STREAMS_DISCOVERED));
        }
    }

    /** Counts what the feed published and prints a line per cycle. */
    private final class Totals implements StepListener {
        long live;
        long absent;

        @Override
        public void at(Instant at) {
        }

        @Override
        public void cycled(StepReport report) {
            live += report.live();
            absent += report.absent();
            progress.printf("cycle %d/%d at=%s swept=%d added=%d live=%d absent=%d dropped=%d calls=%d%n",
                report.cycle(), options.steps(), report.at(), report.swept(), report.discovered(), report.live(),
                report.absent(), report.dropped(), report.calls());
        }
    }
}
