package io.streampulse.archive.ingest;

import static io.streampulse.archive.ingest.Batches.LIFECYCLE;
import static io.streampulse.archive.ingest.Batches.OBSERVATIONS;
import static io.streampulse.archive.ingest.Batches.absent;
import static io.streampulse.archive.ingest.Batches.at;
import static io.streampulse.archive.ingest.Batches.live;
import static io.streampulse.archive.ingest.Batches.offline;
import static io.streampulse.archive.ingest.Batches.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.streampulse.archive.session.ChannelStateStore;
import io.streampulse.archive.session.SessionRules;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which partitions a batch sweeps, and up to when their channels count as unobserved. */
class SweepTest {

    private final Sweep sweep = new Sweep(new ChannelStateStore(SessionRules.DEFAULTS), Duration.ofMinutes(10));

    @Test
    void eachObservationsPartitionOfTheBatchIsSweptUpToItsLatestObservationLessTheGrace() {
        // Given a batch with observations of partitions 3 (latest at T+900, not in offset order) and 5, and a
        // lifecycle event of partition 7
        ArchiveBatch batch = new ArchiveBatch.Builder()
            .observation(source(OBSERVATIONS, 3, 1, "a"), live("a", "s1", 900))
            .observation(source(OBSERVATIONS, 3, 2, "b"), absent("b", 880))
            .observation(source(OBSERVATIONS, 5, 9, "c"), live("c", "s3", 700))
            .lifecycle(source(LIFECYCLE, 7, 4, "d"), offline("d", 2000))
            .build();

        // When its cutoffs are computed
        Map<Integer, java.time.Instant> cutoffs = sweep.cutoffs(batch);

        // Then only the observations partitions are swept, each 10 minutes before its latest observation
        assertThat(cutoffs).isEqualTo(Map.of(3, at(300), 5, at(100)));
    }

    @Test
    void aBatchWithoutObservationsSweepsNothing() {
        ArchiveBatch batch = new ArchiveBatch.Builder().lifecycle(source(LIFECYCLE, 7, 4, "d"), offline("d", 5)).build();

        assertThat(sweep.cutoffs(batch)).isEmpty();
    }

    @Test
    void theGraceMustBePositive() {
        assertThatThrownBy(() -> new Sweep(new ChannelStateStore(SessionRules.DEFAULTS), Duration.ZERO))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
