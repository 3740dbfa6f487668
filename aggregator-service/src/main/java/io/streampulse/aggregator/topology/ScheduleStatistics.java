package io.streampulse.aggregator.topology;

import io.streampulse.aggregator.topology.TimelineEvent.ViewingSlice;
import io.streampulse.contracts.topic.Topics;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * The schedule heatmap: per channel, UTC weekday and hour, in how many of the last weeks the channel was
 * live in that hour. Only each channel's first slice of an hour matters (the timeline flags it); the
 * channel's cells live in one store entry, kept by {@link ScheduleProcessor}.
 */
final class ScheduleStatistics {

    static final String STORE = "channel-schedule";

    private ScheduleStatistics() {
    }

    static void build(StreamsBuilder builder, KStream<String, ViewingSlice> slices, TopologySettings settings) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(),
            InternalSerde.of(ScheduleState.class)).withCachingEnabled());
        slices
            .filter((broadcasterId, slice) -> slice.firstInHour(), Named.as("schedule-hours"))
            .process(() -> new ScheduleProcessor(settings.scheduleWeeks()), Named.as("schedule"), STORE)
            .to(Topics.STATS_CHANNEL_SCHEDULE.name(), Produced.with(Topics.STATS_CHANNEL_SCHEDULE.keySerde(),
                Topics.STATS_CHANNEL_SCHEDULE.valueSerde()).withName("channel-schedule-sink"));
    }
}
