package io.streampulse.contracts.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.streampulse.contracts.codec.MalformedRecordException.Problem;
import io.streampulse.contracts.event.TypedEvent;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * JSON serde of one event type, for plain Kafka clients and Kafka Streams.
 *
 * <p>Throwing API ({@link #serializer()}, {@link #deserializer()}): malformed bytes raise
 * {@link MalformedRecordException} with the reason; null bytes (a tombstone) give null, as Kafka and
 * KTables expect. Non-throwing API ({@link #decode(byte[])}, {@link #decodedSerde()}): every input becomes a
 * {@link Decoded} (Valid, Invalid with reason and raw bytes, or Tombstone for null bytes), so a topology can
 * branch bad records to the dead-letter topic.
 *
 * <p>On multi-type topics ({@link TypedEvent}) the serializer sets the {@code event_type} header, and the
 * deserializer rejects a record whose header disagrees with its body.
 */
public final class JsonSerde<T> implements Serde<T> {

    private final Class<T> type;
    private final ObjectReader reader;
    private final ObjectWriter writer;

    private JsonSerde(Class<T> type) {
        this.type = Objects.requireNonNull(type, "type");
        this.reader = Json.shared().readerFor(type);
        this.writer = Json.shared().writerFor(type);
    }

    public static <T> JsonSerde<T> of(Class<T> type) {
        return new JsonSerde<>(type);
    }

    public Class<T> type() {
        return type;
    }

    /** The JSON bytes of a value; null (a tombstone) stays null. */
    public byte[] encode(T value) {
        if (value == null) {
            return null;
        }
        try {
            return writer.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new SerializationException("cannot write " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** Decodes a value; null bytes give null (tombstone); anything else is a valid T or an exception. */
    public T decodeOrThrow(Headers headers, byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        T value = read(bytes);
        checkHeader(headers, value);
        return value;
    }

    /** Decodes without throwing; null bytes give {@link Decoded.Tombstone}. */
    public Decoded<T> decode(byte[] bytes) {
        return decode(null, bytes);
    }

    /** Decodes without throwing, also checking the {@code event_type} header when present. */
    public Decoded<T> decode(Headers headers, byte[] bytes) {
        if (bytes == null) {
            return new Decoded.Tombstone<>();
        }
        try {
            return new Decoded.Valid<>(decodeOrThrow(headers, bytes));
        } catch (MalformedRecordException e) {
            return Decoded.Invalid.of(e, bytes);
        }
    }

    @Override
    public Serializer<T> serializer() {
        return new Serializer<>() {
            @Override
            public byte[] serialize(String topic, T data) {
                return encode(data);
            }

            @Override
            public byte[] serialize(String topic, Headers headers, T data) {
                if (data instanceof TypedEvent typed && headers != null) {
                    EventTypeHeader.write(headers, typed.eventType());
                }
                return encode(data);
            }
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return new Deserializer<>() {
            @Override
            public T deserialize(String topic, byte[] data) {
                return decodeOrThrow(null, data);
            }

            @Override
            public T deserialize(String topic, Headers headers, byte[] data) {
                return decodeOrThrow(headers, data);
            }
        };
    }

    /** A serde of {@link Decoded} values: deserializing never throws; serializing writes Valid values back as
     *  JSON, Invalid ones as their raw bytes and Tombstones as null. */
    public Serde<Decoded<T>> decodedSerde() {
        return new DecodedSerde<>(this);
    }

    private T read(byte[] bytes) {
        T value;
        try {
            value = reader.readValue(bytes);
        } catch (Exception e) {
            throw DecodeErrors.translate(type, e);
        }
        if (value == null) {
            throw new MalformedRecordException(Problem.NOT_JSON,
                "JSON null is not a " + type.getSimpleName() + " (a tombstone is a null value, not \"null\")", null);
        }
        return value;
    }

    private void checkHeader(Headers headers, T value) {
        if (!(value instanceof TypedEvent typed)) {
            return;
        }
        Optional<String> header = EventTypeHeader.read(headers);
        if (header.isPresent() && !header.get().equals(typed.eventType())) {
            throw new MalformedRecordException(Problem.EVENT_TYPE_MISMATCH, "event_type header '" + header.get()
                + "' differs from body event_type '" + typed.eventType() + "'", null);
        }
    }
}
