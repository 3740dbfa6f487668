package io.streampulse.aggregator.topology;

import static io.streampulse.aggregator.topology.Expected.assertSameStats;
import static io.streampulse.aggregator.topology.Expected.byKey;
import static io.streampulse.aggregator.topology.Expected.channelDay;
import static org.assertj.core.api.Assertions.assertThat;

import io.streampulse.aggregator.topology.Channel.Game;
import io.streampulse.contracts.channel.ChannelEventReceived;
import io.streampulse.contracts.codec.Decoded;
import io.streampulse.contracts.codec.JsonSerde;
import io.streampulse.contracts.deadletter.DeadLetterRecord;
import io.streampulse.contracts.deadletter.PayloadEncoding;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed input goes to the dead-letter topic with its reason; the stream goes on. */
class DeadLetterTest {

    private static final String OBSERVATIONS = Topics.STREAMS_OBSERVATIONS.name();
    private static final String EVENTS = Topics.CHANNEL_EVENTS.name();

    @TempDir
    Path stateDir;

    @Test
    void malformedRecordsAreDeadLetteredWithTheirReasonAndProcessingContinues() {
        // Given garbage, an observation breaking a rule, a tombstone and an unknown channel event type
        Channel channel = new Channel("8008", "hotel", "Hotel", "stream-h", List.of()).startedAt("2024-05-01T10:00:00Z");
        byte[] garbage = "not json".getBytes(StandardCharsets.UTF_8);
        byte[] negativeViewers = new String(Topics.STREAMS_OBSERVATIONS.valueSerde().serializer().serialize(OBSERVATIONS,
            channel.live("2024-05-01T09:00:00Z", new Game("1", "Game"), 5)), StandardCharsets.UTF_8)
            .replace("\"viewer_count\":5", "\"viewer_count\":-5").getBytes(StandardCharsets.UTF_8);
        byte[] unknownType = "{\"event_type\":\"channel.hype_train.begin\"}".getBytes(StandardCharsets.UTF_8);
        RecordingMetrics metrics = new RecordingMetrics();
        try (TopologyHarness topology = new TopologyHarness(TestSettings.with(metrics), stateDir)) {

            // When they arrive between valid observations
            topology.pipe(channel.live("2024-05-01T10:00:00Z", new Game("1", "Game"), 50))
                .pipeRaw(OBSERVATIONS, "8008", garbage)
                .pipeRaw(OBSERVATIONS, "8008", negativeViewers)
                .pipeRaw(OBSERVATIONS, "8008", null)
                .pipeRaw(EVENTS, "8008", unknownType)
                .pipe(channel.live("2024-05-01T10:01:00Z", new Game("1", "Game"), 50));

            // Then each is a dead letter naming topic, offset, key, payload and reason
            List<KeyValue<String, DeadLetterRecord>> written = topology.all(Topics.DEADLETTER);
            List<DeadLetterRecord> letters = written.stream().map(record -> record.value).toList();
            assertSameStats(letters, List.of(
                letter(OBSERVATIONS, 1, garbage, "not_json", reason(StreamObserved.class, garbage)),
                letter(OBSERVATIONS, 2, negativeViewers, "invalid_field", reason(StreamObserved.class, negativeViewers)),
                letter(OBSERVATIONS, 3, null, "tombstone", "a null value (tombstone) is not an event of " + OBSERVATIONS),
                letter(EVENTS, 0, unknownType, "unknown_event_type", reason(ChannelEventReceived.class, unknownType))));
            assertThat(written).extracting(record -> record.key).containsOnly("8008");
            assertThat(metrics.deadLetters).containsExactly(OBSERVATIONS + ":not_json", OBSERVATIONS + ":invalid_field",
                OBSERVATIONS + ":tombstone", EVENTS + ":unknown_event_type");
            // And the valid observations around them were processed
            assertSameStats(topology.latest(Topics.STATS_CHANNEL_DAILY), byKey(
                channelDay(channel, "2024-05-01", "2024-05-01T10:01:00Z", 1, 50, 50, 50.0, 1)));
        }
    }

    private static DeadLetterRecord letter(String topic, long offset, byte[] payload, String errorType, String reason) {
        return new DeadLetterRecord(Expected.ANY_ID, TestSettings.NOW, 1, topic, 0, offset, "8008",
            payload == null ? null : new String(payload, StandardCharsets.UTF_8), PayloadEncoding.UTF8, errorType, reason,
            "aggregator");
    }

    /** The contract codec's own reason for rejecting the bytes. */
    private static String reason(Class<?> type, byte[] bytes) {
        Decoded<?> decoded = JsonSerde.of(type).decode(bytes);
        assertThat(decoded).isInstanceOf(Decoded.Invalid.class);
        return ((Decoded.Invalid<?>) decoded).reason();
    }

}
