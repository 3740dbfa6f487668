package io.streampulse.archive.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.streampulse.archive.ingest.ArchiveBatch;
import io.streampulse.archive.ingest.PartitionKey;
import io.streampulse.archive.ingest.Received;
import io.streampulse.archive.ingest.Rejected;
import io.streampulse.contracts.channel.ChannelEventReceived;
import io.streampulse.contracts.codec.EventTypeHeader;
import io.streampulse.contracts.examples.ContractExamples;
import io.streampulse.contracts.topic.Topic;
import io.streampulse.contracts.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

/**
 * Contract test: archive decodes every example its producers publish (libs/contracts' examples) into the record
 * the producer's serde reads, and rejects what is not valid with a typed reason.
 */
class RecordDecoderContractTest {

    private final RecordDecoder decoder = new RecordDecoder();
    private long offset;

    @Test
    void decodesEveryExampleOfTheTopicsArchiveReads() {
        // Given every contract example of the four topics archive reads, as a producer writes them
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        List<Topic<String, ?>> topics = List.of(Topics.STREAMS_OBSERVATIONS, Topics.STREAMS_LIFECYCLE,
            Topics.CHANNEL_EVENTS, Topics.USERS_REVOKED);
        topics.forEach(topic -> ContractExamples.paths(topic).forEach(path -> records.add(record(topic.name(),
            ContractExamples.bytes(path), typeOf(path)))));

        // When archive decodes them
        ArchiveBatch batch = decoder.decode(records);

        // Then each is valid and equals what the topic's own serde reads
        assertThat(batch.invalid()).isEmpty();
        assertThat(values(batch.observations())).containsExactly(
            ContractExamples.read(Topics.STREAMS_OBSERVATIONS, "live"),
            ContractExamples.read(Topics.STREAMS_OBSERVATIONS, "absent"));
        assertThat(values(batch.lifecycle())).containsExactly(
            ContractExamples.read(Topics.STREAMS_LIFECYCLE, "stream.online"),
            ContractExamples.read(Topics.STREAMS_LIFECYCLE, "stream.offline"));
        assertThat(values(batch.channelEvents())).hasSize(ContractExamples.paths(Topics.CHANNEL_EVENTS).size())
            .containsExactlyElementsOf(ContractExamples.paths(Topics.CHANNEL_EVENTS).stream()
                .map(path -> (ChannelEventReceived) Topics.CHANNEL_EVENTS.valueSerde().deserializer()
                    .deserialize(Topics.CHANNEL_EVENTS.name(), ContractExamples.bytes(path))).toList());
        assertThat(values(batch.revocations())).containsExactly(ContractExamples.read(Topics.USERS_REVOKED, "revoked"));
        assertThat(batch.size()).isEqualTo(records.size());
    }

    @Test
    void rejectsWhatIsNotAValidRecordWithATypedReason() {
        // Given a record that is not JSON, a lifecycle record of an unknown type and a tombstone
        List<ConsumerRecord<String, byte[]>> records = List.of(
            record(Topics.STREAMS_OBSERVATIONS.name(), "{\"broken\":".getBytes(StandardCharsets.UTF_8), Optional.empty()),
            record(Topics.STREAMS_LIFECYCLE.name(), "{\"event_type\":\"stream.paused\"}".getBytes(StandardCharsets.UTF_8),
                Optional.empty()),
            record(Topics.CHANNEL_EVENTS.name(), null, Optional.empty()));

        // When archive decodes them
        ArchiveBatch batch = decoder.decode(records);

        // Then all three are rejected with their problem, and still count as consumed
        assertThat(batch.invalid()).extracting(Rejected::errorType)
            .containsExactly("not_json", "unknown_event_type", "tombstone");
        assertThat(batch.nextOffsets()).isEqualTo(Map.of(
            new PartitionKey(Topics.STREAMS_OBSERVATIONS.name(), 0), 1L,
            new PartitionKey(Topics.STREAMS_LIFECYCLE.name(), 0), 2L,
            new PartitionKey(Topics.CHANNEL_EVENTS.name(), 0), 3L));
    }

    private static <T> List<T> values(List<Received<T>> received) {
        return received.stream().map(Received::value).toList();
    }

    private static Optional<String> typeOf(String path) {
        boolean typed = path.contains(Topics.STREAMS_LIFECYCLE.name()) || path.contains(Topics.CHANNEL_EVENTS.name());
        String name = path.substring(path.lastIndexOf('/') + 1).replace(".json", "").replace("-anonymous", "");
        return typed ? Optional.of(name) : Optional.empty();
    }

    private ConsumerRecord<String, byte[]> record(String topic, byte[] value, Optional<String> eventType) {
        RecordHeaders headers = new RecordHeaders();
        eventType.ifPresent(type -> EventTypeHeader.write(headers, type));
        return new ConsumerRecord<>(topic, 0, offset++, 0L, TimestampType.CREATE_TIME, 0, 0, "98765", value, headers,
            Optional.empty());
    }
}
