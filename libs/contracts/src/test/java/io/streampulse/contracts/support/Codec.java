package io.streampulse.contracts.support;

import io.streampulse.contracts.topic.Topic;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serde;

/** Serialises untyped samples with their topic's value serde (the samples are typed per topic). */
public final class Codec {

    private Codec() {
    }

    @SuppressWarnings("unchecked")
    public static byte[] serialize(Topic<?, ?> topic, Headers headers, Object value) {
        Serde<Object> serde = (Serde<Object>) topic.valueSerde();
        return serde.serializer().serialize(topic.name(), headers, value);
    }

    public static Object deserialize(Topic<?, ?> topic, Headers headers, byte[] bytes) {
        return topic.valueSerde().deserializer().deserialize(topic.name(), headers, bytes);
    }
}
