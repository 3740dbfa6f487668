package io.streampulse.api.sse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Fan-out of a channel's events to its clients: rings, resumes, slow clients, idle channels. */
class ChannelStreamsTest {

    private final AtomicLong clock = new AtomicLong(1_000_000);
    private final ChannelStreams streams = new ChannelStreams(3, clock::get);

    ChannelStreamsTest() {
        streams.start(new long[] {100, 200});
    }

    @Test
    void aClientGetsTheLiveEventsOfItsChannelOnly() {
        // Given a client of channel A on partition 0
        SseClient client = new SseClient(16);
        streams.subscribe("A", 0, OptionalLong.empty(), client);

        // When events of A and of B arrive
        publish("A", 0, 100);
        publish("B", 0, 101);
        publish("A", 0, 102);

        // Then the client has A's, in order
        assertThat(take(client, 2)).containsExactly(100L, 102L);
        assertThat(streams.connectedClients()).isEqualTo(1);
    }

    @Test
    void aResumingClientGetsWhatItMissedThenLiveWithoutGapOrDuplicate() {
        // Given channel A had events 100, 105, 107, and the first client saw 100
        publish("A", 0, 100);
        publish("A", 0, 105);
        publish("A", 0, 107);

        // When a client resumes after 100, and then 110 arrives
        SseClient client = new SseClient(16);
        ResumePlan plan = streams.subscribe("A", 0, OptionalLong.of(100), client);
        publish("A", 0, 110);

        // Then it gets 105 and 107 from the ring and 110 live, nothing twice, nothing from Kafka
        assertThat(plan.needsReplay()).isFalse();
        assertThat(plan.fromRing()).extracting(EventFrame::offset).containsExactly(105L, 107L);
        assertThat(take(client, 1)).containsExactly(110L);
    }

    @Test
    void aFullRingStillCoversWhatItKeptAndSendsOlderGapsToKafka() {
        // Given a ring of three that saw four events of A (100 dropped out)
        publish("A", 0, 100);
        publish("A", 0, 103);
        publish("A", 0, 104);
        publish("A", 0, 108);

        // When a client resumes after 99
        ResumePlan plan = streams.subscribe("A", 0, OptionalLong.of(99), new SseClient(16));

        // Then 100 (before the ring's coverage, 101 on) is read from Kafka, the rest from the ring
        assertThat(plan.replayFrom()).isEqualTo(100);
        assertThat(plan.replayTo()).isEqualTo(101);
        assertThat(plan.fromRing()).extracting(EventFrame::offset).containsExactly(103L, 104L, 108L);
    }

    @Test
    void aChannelFirstSeenByAClientIsCoveredFromTheFeedsPosition() {
        // Given the feed has dispatched partition 1 up to offset 250 and channel C never had an event
        streams.advanced(1, 250);

        // When a client resumes C after 180 (an id from another replica)
        ResumePlan plan = streams.subscribe("C", 1, OptionalLong.of(180), new SseClient(16));

        // Then 181..249 are read from Kafka: this replica has not kept them
        assertThat(plan.replayFrom()).isEqualTo(181);
        assertThat(plan.replayTo()).isEqualTo(250);
        assertThat(plan.fromRing()).isEmpty();
    }

    @Test
    void aSlowClientIsCutOffWithoutHoldingUpTheOthers() {
        // Given a client that reads nothing (buffer of 2) and one that keeps up
        SseClient slow = new SseClient(2);
        SseClient fast = new SseClient(16);
        streams.subscribe("A", 0, OptionalLong.empty(), slow);
        streams.subscribe("A", 0, OptionalLong.empty(), fast);

        // When three events arrive
        int cut = publish("A", 0, 100) + publish("A", 0, 101) + publish("A", 0, 102);

        // Then the slow one is cut off (its stream ends) and the fast one has everything
        assertThat(cut).isEqualTo(1);
        assertThat(streams.connectedClients()).isEqualTo(1);
        assertThat(slow.cutOffSignal().blockFirst(Duration.ofSeconds(1))).isTrue();
        assertThat(take(fast, 3)).containsExactly(100L, 101L, 102L);
    }

    @Test
    void anIdleChannelWithoutClientsIsDroppedAndOneWithClientsIsKept() {
        // Given channel A with a client and channel B without, both last active now
        SseClient client = new SseClient(16);
        streams.subscribe("A", 0, OptionalLong.empty(), client);
        publish("B", 1, 200);

        // When an hour passes and idle channels are evicted
        clock.addAndGet(Duration.ofHours(1).toMillis());
        int evicted = streams.evictIdle(Duration.ofMinutes(30).toMillis());

        // Then B is gone, A stays; after the client leaves, A goes too
        assertThat(evicted).isEqualTo(1);
        assertThat(streams.channels()).isEqualTo(1);
        streams.unsubscribe("A", client);
        assertThat(streams.evictIdle(Duration.ofMinutes(30).toMillis())).isEqualTo(1);
        assertThat(streams.connectedClients()).isZero();
    }

    private int publish(String channel, int partition, long offset) {
        int cut = streams.publish(channel, partition, EventFrame.event(new EventPosition(partition, offset), 1,
            "{\"channel\":\"" + channel + "\"}"));
        streams.advanced(partition, offset + 1);
        return cut;
    }

    private static List<Long> take(SseClient client, int count) {
        List<EventFrame> frames = client.live().take(count).collectList().block(Duration.ofSeconds(1));
        List<Long> offsets = new ArrayList<>();
        frames.forEach(f -> {
            assertThat(new String(f.bytes(), StandardCharsets.UTF_8)).startsWith("id: ");
            offsets.add(f.offset());
        });
        return offsets;
    }
}
