package io.streampulse.aggregator.topology;

import io.streampulse.aggregator.topology.TimelineEvent.ChannelLive;
import io.streampulse.aggregator.topology.TimelineEvent.ChannelOffline;
import io.streampulse.aggregator.topology.TimelineEvent.ViewingSlice;
import io.streampulse.contracts.topic.Topics;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * Live leaderboards: the top channels and the top games by current viewers. Every LIVE observation and
 * every channel going offline meets in one partition, where {@link LeaderboardProcessor} keeps each live
 * channel's latest viewers and publishes both boards once per interval of event time.
 */
final class LeaderboardStatistics {

    static final String CURRENT_STORE = "leaderboard-current";
    static final String PUBLISHED_STORE = "leaderboard-published";
    static final String KEY = "boards";

    private LeaderboardStatistics() {
    }

    static void build(StreamsBuilder builder, KStream<String, TimelineEvent> timeline, TopologySettings settings) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CURRENT_STORE),
            Serdes.String(), BoardUpdate.SERDE).withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PUBLISHED_STORE),
            Serdes.String(), Serdes.Long()).withCachingEnabled());
        KStream<String, BoardUpdate> updates = timeline
            .filter((broadcasterId, event) -> !(event instanceof ViewingSlice), Named.as("leaderboard-changes"))
            .map((broadcasterId, event) -> KeyValue.pair(KEY, BoardUpdate.of(event)), Named.as("leaderboard-updates"));
        updates
            .repartition(Repartitioned.with(Serdes.String(), BoardUpdate.SERDE)
                .withName("leaderboard").withNumberOfPartitions(1))
            .process(() -> new LeaderboardProcessor(settings), Named.as("leaderboards"), CURRENT_STORE, PUBLISHED_STORE)
            .to(Topics.STATS_LEADERBOARD.name(), Produced.with(Topics.STATS_LEADERBOARD.keySerde(),
                Topics.STATS_LEADERBOARD.valueSerde()).withName("leaderboard-sink"));
    }

    /** A channel's current viewers ({@code live}) or its leaving the boards. */
    record BoardUpdate(String broadcasterId, String login, String name, String gameId, String gameName, int viewers,
                       long at, boolean live) {

        static final BinarySerde<BoardUpdate> SERDE = BinarySerde.of((out, update) -> {
            out.writeUTF(update.broadcasterId);
            out.writeUTF(update.login);
            out.writeUTF(update.name);
            out.writeUTF(update.gameId);
            out.writeUTF(update.gameName);
            out.writeInt(update.viewers);
            out.writeLong(update.at);
            out.writeBoolean(update.live);
        }, in -> new BoardUpdate(in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF(), in.readInt(),
            in.readLong(), in.readBoolean()));

        static BoardUpdate of(TimelineEvent event) {
            if (event instanceof ChannelLive live) {
                return new BoardUpdate(live.broadcasterId(), live.login(), live.name(), live.gameId(), live.gameName(),
                    live.viewers(), live.at(), true);
            }
            ChannelOffline offline = (ChannelOffline) event;
            return new BoardUpdate(offline.broadcasterId(), "", "", "", "", 0, offline.at(), false);
        }
    }
}
