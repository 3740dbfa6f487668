package io.streampulse.contracts.codec;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** {@link JsonSerde#decodedSerde()}: a serde whose deserializer never throws. */
final class DecodedSerde<T> implements Serde<Decoded<T>> {

    private final JsonSerde<T> json;

    DecodedSerde(JsonSerde<T> json) {
        this.json = json;
    }

    @Override
    public Serializer<Decoded<T>> serializer() {
        Serializer<T> values = json.serializer();
        return new Serializer<>() {
            @Override
            public byte[] serialize(String topic, Decoded<T> data) {
                return serialize(topic, null, data);
            }

            @Override
            public byte[] serialize(String topic, Headers headers, Decoded<T> data) {
                if (data instanceof Decoded.Valid<T> valid) {
                    return values.serialize(topic, headers, valid.value());
                }
                if (data instanceof Decoded.Invalid<T> invalid) {
                    return invalid.raw();
                }
                return null;
            }
        };
    }

    @Override
    public Deserializer<Decoded<T>> deserializer() {
        return new Deserializer<>() {
            @Override
            public Decoded<T> deserialize(String topic, byte[] data) {
                return json.decode(data);
            }

            @Override
            public Decoded<T> deserialize(String topic, Headers headers, byte[] data) {
                return json.decode(headers, data);
            }
        };
    }
}
