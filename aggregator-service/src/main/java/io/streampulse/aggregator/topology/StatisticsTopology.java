package io.streampulse.aggregator.topology;

import io.streampulse.aggregator.topology.ChannelTimeline.Ended;
import io.streampulse.aggregator.topology.ChannelTimeline.Fact;
import io.streampulse.aggregator.topology.ChannelTimeline.Observed;
import io.streampulse.aggregator.topology.TimelineEvent.ViewingSlice;
import io.streampulse.contracts.channel.ChannelEventReceived;
import io.streampulse.contracts.stream.StreamEnded;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.topic.Topics;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.Stores;

/**
 * The aggregator's one Kafka Streams topology, as a pure function of a builder and its settings (no
 * framework): observations and stream ends become a per-channel timeline of credited viewing slices, from
 * which every windowed statistic, the schedule heatmap and the live leaderboards are computed; channel
 * events are counted per day. Results go to the compacted twitch.stats.*.v1 topics; malformed input goes to
 * twitch.deadletter.v1. Everything runs in event time ({@code occurred_at}) with a grace for late records.
 */
public final class StatisticsTopology {

    private StatisticsTopology() {
    }

    /**
     * Adds the statistics topology to {@code builder}.
     *
     * @return the decoded observations stream (the service's Micronaut factory exposes it as the stream bean)
     */
    public static KStream<String, StreamObserved> build(StreamsBuilder builder, TopologySettings settings) {
        KStream<String, StreamObserved> observations = DecodedInput.read(builder, Topics.STREAMS_OBSERVATIONS, settings);
        KStream<String, StreamEnded> ended = DecodedInput.read(builder, Topics.STREAMS_ENDED, settings);
        KStream<String, ChannelEventReceived> events = DecodedInput.read(builder, Topics.CHANNEL_EVENTS, settings);

        KStream<String, TimelineEvent> timeline = timeline(builder, observations, ended, settings);
        KStream<String, ViewingSlice> slices = timeline
            .filter((broadcasterId, event) -> event instanceof ViewingSlice, Named.as("viewing-slices"))
            .mapValues(event -> (ViewingSlice) event, Named.as("as-viewing-slices"));

        ChannelDailyStatistics.build(slices, settings);
        GameStatistics.build(builder, slices, settings);
        TagStatistics.build(builder, slices, settings);
        PlatformStatistics.build(builder, slices, settings);
        ScheduleStatistics.build(builder, slices, settings);
        LeaderboardStatistics.build(builder, timeline, settings);
        ChannelEventStatistics.build(builder, events, settings);
        return observations;
    }

    private static KStream<String, TimelineEvent> timeline(StreamsBuilder builder,
                                                           KStream<String, StreamObserved> observations,
                                                           KStream<String, StreamEnded> ended,
                                                           TopologySettings settings) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ChannelTimeline.STORE),
            Serdes.String(), ChannelCursor.SERDE).withCachingEnabled());
        KStream<String, Fact> facts = observations
            .mapValues(observation -> (Fact) new Observed(observation), Named.as("observed-facts"))
            .merge(ended.mapValues(end -> (Fact) new Ended(end), Named.as("ended-facts")), Named.as("channel-facts"));
        return facts.processValues(() -> new ChannelTimeline(settings), Named.as("channel-timeline"),
            ChannelTimeline.STORE);
    }
}
