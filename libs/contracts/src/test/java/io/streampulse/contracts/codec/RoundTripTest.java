package io.streampulse.contracts.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.streampulse.contracts.event.Event;
import io.streampulse.contracts.event.TypedEvent;
import io.streampulse.contracts.samples.ContractSamples;
import io.streampulse.contracts.samples.ContractSamples.Sample;
import io.streampulse.contracts.support.Codec;
import io.streampulse.contracts.support.Schemas;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripTest {

    static Stream<Sample> samples() {
        return ContractSamples.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void serialisedRecordDeserialisesToAnEqualRecord(Sample sample) {
        // Given a record written with its topic's serde
        RecordHeaders headers = new RecordHeaders();
        byte[] bytes = Codec.serialize(sample.topic(), headers, sample.value());

        // When a reader deserialises it with the headers the producer set
        Object read = Codec.deserialize(sample.topic(), headers, bytes);

        // Then it is the same record
        assertThat(read).isEqualTo(sample.value());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void serialisedRecordValidatesAgainstTheTopicSchema(Sample sample) {
        byte[] bytes = Codec.serialize(sample.topic(), null, sample.value());

        assertThat(Schemas.errors(sample.topic().name(), bytes)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void serialiserSetsTheEventTypeHeaderOnMultiTypeTopicsOnly(Sample sample) {
        RecordHeaders headers = new RecordHeaders();

        Codec.serialize(sample.topic(), headers, sample.value());

        Optional<String> expected = sample.value() instanceof TypedEvent typed
            ? Optional.of(typed.eventType()) : Optional.empty();
        assertThat(EventTypeHeader.read(headers)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void decodeGivesValidAndTheDecodedSerdeWritesTheSameBytes(Sample sample) {
        @SuppressWarnings("unchecked")
        JsonSerde<Object> serde = (JsonSerde<Object>) sample.topic().valueSerde();
        byte[] bytes = serde.encode(sample.value());

        Decoded<Object> decoded = serde.decodedSerde().deserializer().deserialize(sample.topic().name(), bytes);

        assertThat(decoded).isEqualTo(new Decoded.Valid<>(sample.value()));
        assertThat(serde.decodedSerde().serializer().serialize(sample.topic().name(), decoded)).isEqualTo(bytes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void recordKeyIsTheDocumentedKey(Sample sample) {
        Event event = (Event) sample.value();

        assertThat(event.key()).isNotBlank();
        assertThat(sample.topic().description()).contains("Key");
    }
}
