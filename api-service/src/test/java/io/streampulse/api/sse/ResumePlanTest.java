package io.streampulse.api.sse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a reconnecting client gets from the ring and from Kafka, by its Last-Event-ID. */
class ResumePlanTest {

    private static final List<EventFrame> RING = List.of(frame(40), frame(43), frame(47));

    @Test
    void aClientWithoutLastEventIdGetsOnlyLiveEvents() {
        assertThat(ResumePlan.live()).isEqualTo(new ResumePlan(-1, -1, List.of()));
        assertThat(ResumePlan.live().needsReplay()).isFalse();
    }

    @Test
    void aClientThatSawAnEventInTheRingGetsTheRingAfterIt() {
        // Given a ring that has every event of the channel from offset 30 on: 40, 43, 47

        // When a client resumes after 43
        ResumePlan plan = ResumePlan.after(43, 30, RING);

        // Then it gets 47 from the ring and nothing from Kafka
        assertThat(plan.fromRing()).extracting(EventFrame::offset).containsExactly(47L);
        assertThat(plan.needsReplay()).isFalse();
    }

    @Test
    void aClientThatMissedNothingGetsNothingBeforeTheLiveEvents() {
        ResumePlan plan = ResumePlan.after(47, 30, RING);

        assertThat(plan.fromRing()).isEmpty();
        assertThat(plan.needsReplay()).isFalse();
    }

    @Test
    void aClientWhoseLastEventIsInsideTheCoveredRangeNeedsNoKafka() {
        // Given its last event (35) is older than the ring's oldest (40) but inside what the ring covers (30..)
        ResumePlan plan = ResumePlan.after(35, 30, RING);

        // Then the whole ring follows, nothing is read from Kafka (nothing of this channel lies between)
        assertThat(plan.fromRing()).extracting(EventFrame::offset).containsExactly(40L, 43L, 47L);
        assertThat(plan.needsReplay()).isFalse();
    }

    @Test
    void aClientOlderThanTheRingReadsTheGapFromKafkaThenTheRing() {
        // Given the ring covers from 30 and the client's last event was 12
        ResumePlan plan = ResumePlan.after(12, 30, RING);

        // Then offsets 13..29 are read back from Kafka, then the ring: no gap, no overlap
        assertThat(plan.needsReplay()).isTrue();
        assertThat(plan.replayFrom()).isEqualTo(13);
        assertThat(plan.replayTo()).isEqualTo(30);
        assertThat(plan.fromRing()).extracting(EventFrame::offset).containsExactly(40L, 43L, 47L);
    }

    @Test
    void theIdIsPartitionAndOffsetAndNothingElseParses() {
        assertThat(new EventPosition(3, 1042).id()).isEqualTo("3-1042");
        assertThat(EventPosition.parse("3-1042")).contains(new EventPosition(3, 1042));
        assertThat(EventPosition.parse(" 11-0 ")).contains(new EventPosition(11, 0));
        for (String bad : new String[] {"", "3", "3-", "-1", "a-1", "3-1-2", "3--1", "99999-1", "3-1234567890123456789",
            "3-1'; drop table sessions; --"}) {
            assertThat(EventPosition.parse(bad)).as(bad).isEqualTo(Optional.empty());
        }
    }

    @Test
    void aChannelsPartitionIsTheProducersDefault() {
        // Kafka's default partitioner: murmur2 of the key bytes, positive, modulo the partition count
        assertThat(EventPosition.partitionOf("1337", 12)).isBetween(0, 11)
            .isEqualTo(EventPosition.partitionOf("1337", 12));
        assertThat(EventPosition.partitionOf("1337", 1)).isZero();
    }

    static EventFrame frame(long offset) {
        return EventFrame.event(new EventPosition(0, offset), 1_000, "{\"o\":" + offset + "}");
    }
}
