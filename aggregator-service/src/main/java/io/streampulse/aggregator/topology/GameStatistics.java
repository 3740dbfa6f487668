package io.streampulse.aggregator.topology;

import io.streampulse.aggregator.topology.TimelineEvent.ViewingSlice;
import io.streampulse.contracts.event.SchemaVersion;
import io.streampulse.contracts.stats.GameStatsComputed;
import io.streampulse.contracts.stats.StatsGranularity;
import io.streampulse.contracts.topic.Topic;
import io.streampulse.contracts.topic.Topics;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import java.util.function.BiConsumer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KGroupedStream;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.kstream.Windowed;

/**
 * Per category and hour, and per category and UTC day: viewer-minutes, channels live (distinct channels
 * with any viewing of the category in the window, from the timeline's first-in-window flags) and peak
 * viewers (the highest viewer count of one channel in the category). Each task sums its channels per game and
 * hour first ({@link PartialSums}); one repartition by game_id feeds both windows.
 */
final class GameStatistics {

    private GameStatistics() {
    }

    static void build(StreamsBuilder builder, KStream<String, ViewingSlice> slices, TopologySettings settings) {
        KGroupedStream<String, GameSlice> byGame = PartialSums.of(builder, slices, "game", GameSlice.SERDE,
                new PartialSums.WindowSpec<>() {
                    @Override
                    public void contribute(ViewingSlice slice, BiConsumer<String, GameSlice> partials) {
                        long hour = TimeBuckets.floor(slice.start(), TimeBuckets.HOUR);
                        partials.accept(PartialSums.bufferKey(slice.gameId(), hour), GameSlice.of(slice));
                    }

                    @Override
                    public GameSlice merge(GameSlice earlier, GameSlice later) {
                        return earlier.plus(later);
                    }
                }, settings)
            .repartition(Repartitioned.with(Serdes.String(), GameSlice.SERDE).withName("game"))
            .groupByKey(Grouped.with("game", Serdes.String(), GameSlice.SERDE));
        window(byGame, settings, "game-hourly", Duration.ofHours(1), StatsGranularity.HOUR, Topics.STATS_GAME_HOURLY);
        window(byGame, settings, "game-daily", Duration.ofDays(1), StatsGranularity.DAY, Topics.STATS_GAME_DAILY);
    }

    private static void window(KGroupedStream<String, GameSlice> byGame, TopologySettings settings, String name,
                               Duration size, StatsGranularity granularity, Topic<String, GameStatsComputed> topic) {
        boolean hourly = granularity == StatsGranularity.HOUR;
        WindowedStats.aggregate(byGame, settings.grace(), new WindowedStats.Definition<>(name, size,
            () -> GameWindow.EMPTY,
            (gameId, slice, window) -> window.add(slice, hourly ? slice.newInHour() : slice.newInDay()),
            GameWindow.SERDE,
            (window, totals) -> stats(window, totals, granularity, topic), topic));
    }

    private static GameStatsComputed stats(Windowed<String> window, GameWindow totals, StatsGranularity granularity,
                                           Topic<String, GameStatsComputed> topic) {
        long viewerMinutes = Math.round(totals.viewerMillis() / 60_000.0);
        String id = StatsIds.of(topic.name(), window.key(), window.window().start(), totals.gameName(),
            viewerMinutes, totals.channels(), totals.peakViewers());
        return new GameStatsComputed(id, TimeBuckets.instant(totals.asOf()), SchemaVersion.CURRENT, granularity,
            window.key(), totals.gameName(), window.window().startTime(), window.window().endTime(), viewerMinutes,
            totals.channels(), totals.peakViewers());
    }

    /**
     * What channels' slices give their game within one hour: viewing, the highest viewer count of one
     * channel, and the channels new in the game's hour and in its day.
     */
    record GameSlice(String gameName, long viewerMillis, int viewers, int newInHour, int newInDay, long end) {

        static final BinarySerde<GameSlice> SERDE = BinarySerde.of((out, slice) -> {
            out.writeUTF(slice.gameName);
            out.writeLong(slice.viewerMillis);
            out.writeInt(slice.viewers);
            out.writeInt(slice.newInHour);
            out.writeInt(slice.newInDay);
            out.writeLong(slice.end);
        }, in -> new GameSlice(in.readUTF(), in.readLong(), in.readInt(), in.readInt(), in.readInt(), in.readLong()));

        static GameSlice of(ViewingSlice slice) {
            return new GameSlice(slice.gameName(), slice.viewerMillis(), slice.viewers(),
                slice.firstInGameHour() ? 1 : 0, slice.firstInGameDay() ? 1 : 0, slice.end());
        }

        GameSlice plus(GameSlice later) {
            return new GameSlice(later.gameName.isEmpty() ? gameName : later.gameName, viewerMillis + later.viewerMillis,
                Math.max(viewers, later.viewers), newInHour + later.newInHour, newInDay + later.newInDay,
                Math.max(end, later.end));
        }
    }

    /** The running totals of one category in one window. */
    record GameWindow(String gameName, long viewerMillis, int channels, int peakViewers, long asOf) {

        static final GameWindow EMPTY = new GameWindow("", 0, 0, 0, Long.MIN_VALUE);
        static final BinarySerde<GameWindow> SERDE = BinarySerde.of((out, window) -> {
            out.writeUTF(window.gameName);
            out.writeLong(window.viewerMillis);
            out.writeInt(window.channels);
            out.writeInt(window.peakViewers);
            out.writeLong(window.asOf);
        }, in -> new GameWindow(in.readUTF(), in.readLong(), in.readInt(), in.readInt(), in.readLong()));

        GameWindow add(GameSlice slice, int newChannels) {
            String name = slice.gameName().isEmpty() ? gameName : slice.gameName();
            return new GameWindow(name, viewerMillis + slice.viewerMillis(), channels + newChannels,
                Math.max(peakViewers, slice.viewers()), Math.max(asOf, slice.end()));
        }
    }
}
