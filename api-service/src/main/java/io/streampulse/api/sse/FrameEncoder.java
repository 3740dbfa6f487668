package io.streampulse.api.sse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.streampulse.contracts.channel.ChannelEventReceived;
import io.streampulse.contracts.codec.Decoded;
import io.streampulse.contracts.codec.Json;
import io.streampulse.contracts.codec.JsonSerde;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Turns a twitch.channel.events.v1 record into its SSE frame: {@code id} = partition-offset,
 * {@code event: channel_event}, {@code data} = the event in the contract's JSON (the shape archive-service stores
 * as the event's payload). Records that do not decode, or that sit on another channel's key, give nothing:
 * archive-service, the one group reader, dead-letters them; every api replica reads every record, so dead-lettering
 * here would file each one once per replica.
 */
final class FrameEncoder {

    private static final JsonSerde<ChannelEventReceived> SERDE = JsonSerde.of(ChannelEventReceived.class);
    private static final ObjectWriter JSON = Json.newMapper().writerFor(ChannelEventReceived.class);

    /** A decoded event with its frame. */
    record Encoded(ChannelEventReceived event, EventFrame frame) {
    }

    Optional<Encoded> encode(ConsumerRecord<String, byte[]> record) {
        Decoded<ChannelEventReceived> decoded = SERDE.decode(record.headers(), record.value());
        if (!(decoded instanceof Decoded.Valid<ChannelEventReceived> valid)
            || !valid.value().broadcasterId().equals(record.key())) {
            return Optional.empty();
        }
        try {
            String json = JSON.writeValueAsString(valid.value());
            EventPosition position = new EventPosition(record.partition(), record.offset());
            return Optional.of(new Encoded(valid.value(), EventFrame.event(position, record.timestamp(), json)));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
