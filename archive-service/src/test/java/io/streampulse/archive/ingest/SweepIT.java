package io.streampulse.archive.ingest;

import static io.streampulse.archive.ingest.Batches.OBSERVATIONS;
import static io.streampulse.archive.ingest.Batches.source;
import static org.assertj.core.api.Assertions.assertThat;

import io.streampulse.archive.ingest.Processors.CollectedRejections;
import io.streampulse.archive.ingest.Processors.TestClock;
import io.streampulse.archive.it.ArchiveDatabase;
import io.streampulse.archive.it.MigratedDatabase;
import io.streampulse.contracts.stream.EndReason;
import io.streampulse.contracts.stream.StreamObserved;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The sweep against real PostgreSQL: a session is swept only by a batch of its own partition, only once both the
 * partition's observations (event time) and archive's clock (wall time) have moved the grace past it, and only once.
 */
class SweepIT {

    private static final Instant T = Instant.parse("2025-03-10T10:00:00Z");

    private final MigratedDatabase database = MigratedDatabase.create("archive-sweep-unit");
    private final ArchiveDatabase tables = database.reader();
    private final TestClock clock = new TestClock(Instant.now());
    private final BatchProcessor processor = Processors.of(database.dataSource(), clock, Duration.ofMinutes(10));
    private final CollectedRejections rejections = new CollectedRejections();
    private long offset;

    @Test
    void aSessionIsSweptByABatchOfItsPartitionOnceBothClocksMovedTheGracePastIt() throws Exception {
        // Given channel a observed on partition 1 and channel b on partition 2, at T
        process(observe(1, "a", 0), observe(2, "b", 0));

        // When, one minute later by archive's clock, partition 1 has an observation of c twenty minutes on
        clock.advance(Duration.ofMinutes(1));
        BatchOutcome early = process(observe(1, "c", 1200));

        // Then a is not swept yet: archive wrote its state too recently
        assertThat(early.swept()).isZero();
        assertThat(tables.openStream("a")).containsExactly("s-a");

        // When, eleven minutes on, partition 1 has another observation of c
        clock.advance(Duration.ofMinutes(10));
        BatchOutcome swept = process(observe(1, "c", 1260));

        // Then a is swept, at its last LIVE observation, with its StreamEnded in the outbox; b, on partition 2, is not
        assertThat(swept.swept()).isEqualTo(1);
        assertThat(swept.ended()).isEqualTo(Map.of(EndReason.ABSENT_GRACE, 1));
        assertThat(tables.sessions("a")).extracting(s -> s.session().endedAt(), s -> s.session().endReason())
            .containsExactly(org.assertj.core.groups.Tuple.tuple(T, EndReason.ABSENT_GRACE));
        assertThat(tables.query("select count(*) from outbox where message_key = ?", "a", rows -> rows.getLong(1)))
            .containsExactly(1L);
        assertThat(tables.openStream("b")).containsExactly("s-b");

        // When partition 1 goes on, and a late LIVE observation of a's stream arrives
        BatchOutcome later = process(observe(1, "c", 1320), observe(1, "a", 1330));

        // Then a is neither swept again nor reopened
        assertThat(later.swept()).isZero();
        assertThat(tables.openStream("a")).isEmpty();
        assertThat(tables.sessions("a")).hasSize(1);
        assertThat(tables.query("select count(*) from outbox where message_key = ?", "a", rows -> rows.getLong(1)))
            .containsExactly(1L);

        // When partition 2 has an observation twenty minutes on
        BatchOutcome partition2 = process(observe(2, "d", 1200));

        // Then b is swept by it
        assertThat(partition2.swept()).isEqualTo(1);
        assertThat(tables.openStream("b")).isEmpty();
        assertThat(rejections.all()).isEmpty();
    }

    private BatchOutcome process(Observed... observations) throws Exception {
        ArchiveBatch.Builder batch = new ArchiveBatch.Builder();
        for (Observed observed : observations) {
            batch.observation(source(OBSERVATIONS, observed.partition(), offset++, observed.value().broadcasterId()),
                observed.value());
        }
        return processor.process(batch.build(), rejections);
    }

    private static Observed observe(int partition, String channel, int seconds) {
        return new Observed(partition, StreamObserved.live(UUID.randomUUID().toString(), T.plusSeconds(seconds),
            Batches.stream(channel, "s-" + channel, 10)));
    }

    private record Observed(int partition, StreamObserved value) {
    }
}
