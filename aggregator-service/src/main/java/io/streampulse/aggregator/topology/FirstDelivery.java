package io.streampulse.aggregator.topology;

import io.streampulse.contracts.channel.ChannelEventReceived;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Passes a channel event on only the first time its event id (the Twitch message id) is seen within the
 * dedupe window: EventSub delivers at least once. Ids are remembered in a window store, so they expire.
 */
final class FirstDelivery implements FixedKeyProcessor<String, ChannelEventReceived, ChannelEventReceived> {

    static final String STORE = "channel-event-ids";

    private final long window;
    private final StatisticsMetrics metrics;
    private FixedKeyProcessorContext<String, ChannelEventReceived> context;
    private WindowStore<String, Long> seen;

    FirstDelivery(TopologySettings settings) {
        this.window = settings.eventDedupeWindow().toMillis();
        this.metrics = settings.metrics();
    }

    @Override
    public void init(FixedKeyProcessorContext<String, ChannelEventReceived> context) {
        this.context = context;
        this.seen = context.getStateStore(STORE);
    }

    @Override
    public void process(FixedKeyRecord<String, ChannelEventReceived> record) {
        String eventId = record.value().eventId();
        long at = record.timestamp();
        try (WindowStoreIterator<Long> earlier = seen.fetch(eventId, at - window, at + window)) {
            if (earlier.hasNext()) {
                metrics.channelEventDuplicate();
                return;
            }
        }
        seen.put(eventId, at, at);
        context.forward(record);
    }
}
