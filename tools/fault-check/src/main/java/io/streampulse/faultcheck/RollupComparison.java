package io.streampulse.faultcheck;

import io.streampulse.faultcheck.clean.CleanRun;
import io.streampulse.faultcheck.clean.Settle;
import io.streampulse.faultcheck.report.FaultOutcome;
import io.streampulse.faultcheck.score.Check;
import io.streampulse.faultcheck.score.EventRollupOracle;
import io.streampulse.faultcheck.score.TableDiff;
import io.streampulse.faultcheck.stack.PrivateStack;
import io.streampulse.faultcheck.store.ArchiveReader;
import io.streampulse.faultcheck.store.Kafka;
import io.streampulse.faultcheck.store.RollupReader;
import io.streampulse.faultcheck.store.Sql;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;

/**
 * Rollups equal to a clean run. The inputs are frozen first (ingest and refresh stopped, archive drained, its
 * outbox sent), then the faulted aggregator finishes, the clean run gets an exact copy of the same inputs and
 * finishes, and every rollup table is compared row by row. channel_events_daily is also recounted from
 * archive.channel_events, independently of the aggregator's code.
 */
final class RollupComparison {

    private static final Duration DRAIN = Duration.ofSeconds(120);
    private static final Duration SETTLE = Duration.ofSeconds(600);

    private final PrivateStack stack;
    private final ArchiveReader archive;
    private final Progress progress;

    RollupComparison(PrivateStack stack, ArchiveReader archive, Progress progress) {
        this.stack = stack;
        this.archive = archive;
        this.progress = progress;
    }

    void run(FaultOutcome outcome, CleanRun clean, CompletableFuture<Void> cleanStarted) {
        Map<TopicPartition, Long> inputs = freeze(outcome);
        RollupReader faulted = new RollupReader(new Sql(stack.postgres(), PrivateStack.DATABASE));
        outcome.check(Check.of("aggregator finished the frozen input", Settle.await(stack.kafka().bootstrapServers(),
                inputs, faulted::digest, SETTLE), "faulted run: every input partition committed, nothing left to consume,"
                + " rollups unchanged"));
        cleanStarted.join();
        long copied = clean.copyInputs(inputs);
        progress.step("copied " + copied + " input records to the clean run's broker");
        outcome.fact("input records", copied);
        RollupReader reference = new RollupReader(new Sql(stack.postgres(), CleanRun.DATABASE));
        outcome.check(Check.of("clean run finished", Settle.await(clean.bootstrapServers(),
                Settle.ends(clean.bootstrapServers(), CleanRun.INPUTS), reference::digest, SETTLE),
                copied + " input records replayed without faults"));
        for (RollupReader.Table table : RollupReader.TABLES) {
            TableDiff diff = TableDiff.of(table.name(), reference.rows(table), faulted.rows(table));
            outcome.rollup(diff);
            outcome.check(diff.check("rollups equal to a clean run: " + table.name()));
        }
        TableDiff recount = EventRollupOracle.compare(EventRollupOracle.recount(archive.channelEvents()),
                faulted.channelEventsDaily());
        outcome.eventRecount(recount);
        outcome.check(recount.check("event rollups: every archived event counted once"));
    }

    /** Stops what writes the aggregator's inputs and waits until archive has written its last StreamEnded. */
    private Map<TopicPartition, Long> freeze(FaultOutcome outcome) {
        stack.services().stop("ingest");
        stack.services().stop("refresh");
        boolean drained;
        try (Admin admin = Kafka.admin(stack.kafka().bootstrapServers())) {
            int[] quiet = {0};
            drained = Waits.until(() -> {
                boolean idle = Kafka.lag(admin, "streampulse-archive").values().stream().allMatch(l -> l == 0)
                        && archive.unsentOutbox() == 0;
                quiet[0] = idle ? quiet[0] + 1 : 0;
                return quiet[0] >= 2;
            }, DRAIN, Duration.ofSeconds(2));
        }
        outcome.check(Check.of("inputs frozen", drained, "ingest and refresh stopped; archive consumed everything and"
                + " relayed every StreamEnded" + (drained ? "" : ": not within " + DRAIN.toSeconds() + " s")));
        Map<TopicPartition, Long> ends = Settle.ends(stack.kafka().bootstrapServers(), CleanRun.INPUTS);
        progress.step("inputs frozen: " + ends.values().stream().mapToLong(Long::longValue).sum() + " records on "
                + CleanRun.INPUTS);
        return ends;
    }
}
