package io.streampulse.refresh.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.streampulse.contracts.event.SchemaVersion;
import io.streampulse.contracts.stream.DiscoverySource;
import io.streampulse.contracts.stream.LiveStreamUpdated;
import io.streampulse.contracts.stream.StreamDiscovered;
import io.streampulse.contracts.stream.StreamEnded;
import io.streampulse.contracts.stream.EndReason;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.stream.StreamState;
import io.streampulse.contracts.stream.StreamWentOffline;
import io.streampulse.contracts.stream.StreamWentOnline;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.refresh.active.ActiveSetUpdater;
import io.streampulse.refresh.active.InMemoryActiveSetStore;
import io.streampulse.refresh.observe.RefreshOutput;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

/** Input records change the active set; malformed ones go to the dead-letter topic with the reason. */
class InputRecordHandlerTest {

    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    private static final StreamState STATE = new StreamState("s-1", "101", "alice", "Alice", "", "", "hi", List.of(),
        10, NOW.minusSeconds(600), "en", "live", "");

    record DeadLetter(String topic, int partition, long offset, String key, String value, String type) {
    }

    private final List<DeadLetter> deadLetters = new ArrayList<>();
    private final List<LiveStreamUpdated> live = new ArrayList<>();
    private final List<String> tombstones = new ArrayList<>();
    private final InMemoryActiveSetStore store = new InMemoryActiveSetStore();
    private final RefreshOutput output = new RefreshOutput() {
        @Override
        public CompletableFuture<Void> publish(List<StreamObserved> observations, List<LiveStreamUpdated> states) {
            live.addAll(states);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> tombstone(String broadcasterId) {
            tombstones.add(broadcasterId);
            return CompletableFuture.completedFuture(null);
        }
    };
    private final InputRecordHandler handler = new InputRecordHandler(
        new ActiveSetUpdater(store, output, Clock.fixed(NOW, ZoneOffset.UTC), Runnable::run),
        (topic, partition, offset, key, value, type, message) -> {
            deadLetters.add(new DeadLetter(topic, partition, offset, key,
                value == null ? null : new String(value, StandardCharsets.UTF_8), type));
            return CompletableFuture.completedFuture(null);
        });

    @Test
    void discoveredStreamEntersTheSetOnceWithItsFirstStateOnTheLiveTopic() {
        // Given a discovery of 101 seen 30 s ago, delivered twice
        StreamDiscovered discovered = new StreamDiscovered("e-1", NOW.minusSeconds(30), SchemaVersion.CURRENT,
            DiscoverySource.SWEEP, STATE);

        // When both records are handled
        handler.handle(record(Topics.STREAMS_DISCOVERED.name(), 4, 7, "101", Topics.STREAMS_DISCOVERED.valueSerde()
            .serializer().serialize("t", discovered))).join();
        handler.handle(record(Topics.STREAMS_DISCOVERED.name(), 4, 8, "101", Topics.STREAMS_DISCOVERED.valueSerde()
            .serializer().serialize("t", discovered))).join();

        // Then 101 is active in partition 4, last refreshed when discovered, and its state went to the live topic once
        assertThat(store.lastRefresh(4, "101")).isEqualTo(NOW.minusSeconds(30).toEpochMilli());
        assertThat(live).extracting(LiveStreamUpdated::stream).containsExactly(STATE);
        assertThat(deadLetters).isEmpty();
    }

    @Test
    void onlineAddsDueAtOnceOfflineChangesNothingEndedRemovesAndTombstones() {
        // Given 101 went online (stream s-1), then offline
        var online = new StreamWentOnline("e-2", NOW, SchemaVersion.CURRENT, "s-1", "101", "alice", "Alice", "live",
            NOW);
        var offline = new StreamWentOffline("e-3", NOW, SchemaVersion.CURRENT, "101", "alice", "Alice");
        handler.handle(record(Topics.STREAMS_LIFECYCLE.name(), 4, 1, "101",
            Topics.STREAMS_LIFECYCLE.valueSerde().serializer().serialize("t", online))).join();
        handler.handle(record(Topics.STREAMS_LIFECYCLE.name(), 4, 2, "101",
            Topics.STREAMS_LIFECYCLE.valueSerde().serializer().serialize("t", offline))).join();
        assertThat(store.lastRefresh(4, "101")).isEqualTo(0L);

        // When archive ends another stream of 101 (s-0), then s-1
        handler.handle(ended("s-0")).join();
        assertThat(store.lastRefresh(4, "101")).isEqualTo(0L);
        handler.handle(ended("s-1")).join();

        // Then only the end of s-1 removes it, and its live state is tombstoned
        assertThat(store.lastRefresh(4, "101")).isNull();
        assertThat(tombstones).containsExactly("101");
    }

    @Test
    void malformedRecordsGoToTheDeadLetterTopicWithTheirReason() {
        // Given a non-JSON discovery, a lifecycle record of an unknown type and a tombstone on the ended topic
        String unknownType = "{\"event_type\":\"stream.paused\",\"event_id\":\"e\",\"occurred_at\":\"2026-03-02T12:00:00Z\","
            + "\"schema_version\":1,\"broadcaster_id\":\"101\"}";

        // When they are handled
        handler.handle(record(Topics.STREAMS_DISCOVERED.name(), 1, 5, "101", "not json".getBytes(StandardCharsets.UTF_8)))
            .join();
        handler.handle(record(Topics.STREAMS_LIFECYCLE.name(), 2, 6, "101", unknownType.getBytes(StandardCharsets.UTF_8)))
            .join();
        handler.handle(record(Topics.STREAMS_ENDED.name(), 3, 7, "101", null)).join();

        // Then each is dead-lettered with where it came from, its payload and a typed reason; nothing else changed
        assertThat(deadLetters).containsExactly(
            new DeadLetter(Topics.STREAMS_DISCOVERED.name(), 1, 5, "101", "not json", "not_json"),
            new DeadLetter(Topics.STREAMS_LIFECYCLE.name(), 2, 6, "101", unknownType, "unknown_event_type"),
            new DeadLetter(Topics.STREAMS_ENDED.name(), 3, 7, "101", null, "tombstone"));
        assertThat(live).isEmpty();
        assertThat(tombstones).isEmpty();
    }

    private ConsumerRecord<String, byte[]> ended(String streamId) {
        StreamEnded ended = new StreamEnded("e-" + streamId, NOW, SchemaVersion.CURRENT, streamId, "101", "alice",
            "Alice", NOW.minusSeconds(600), NOW, 600, 10, 10, 100, List.of(), List.of(), List.of(), "en",
            EndReason.ABSENT_GRACE, 3);
        return record(Topics.STREAMS_ENDED.name(), 4, 9, "101",
            Topics.STREAMS_ENDED.valueSerde().serializer().serialize("t", ended));
    }

    private static ConsumerRecord<String, byte[]> record(String topic, int partition, long offset, String key,
                                                         byte[] value) {
        return new ConsumerRecord<>(topic, partition, offset, 0L, TimestampType.CREATE_TIME, 0, 0, key, value,
            new RecordHeaders(), java.util.Optional.empty());
    }
}
