package io.streampulse.aggregator.topology;

import io.streampulse.aggregator.topology.TimelineEvent.ViewingSlice;
import io.streampulse.contracts.event.SchemaVersion;
import io.streampulse.contracts.stats.ChannelDailyStatsComputed;
import io.streampulse.contracts.topic.Topics;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Windowed;

/**
 * Per channel and UTC day: minutes live and viewer-minutes (credited time), peak viewers (highest
 * observation), average viewers (viewer-minutes / minutes live) and sessions (distinct streams seen).
 * The slices are keyed by channel already: no repartition.
 */
final class ChannelDailyStatistics {

    private ChannelDailyStatistics() {
    }

    static void build(KStream<String, ViewingSlice> slices, TopologySettings settings) {
        WindowedStats.aggregate(
            slices.groupByKey(Grouped.with("channel-daily", Serdes.String(), InternalSerde.of(ViewingSlice.class))),
            settings.grace(),
            new WindowedStats.Definition<>("channel-daily", Duration.ofDays(1), () -> ChannelDay.EMPTY,
                (broadcasterId, slice, day) -> day.add(slice), ChannelDay.SERDE,
                ChannelDailyStatistics::stats, Topics.STATS_CHANNEL_DAILY));
    }

    private static ChannelDailyStatsComputed stats(Windowed<String> window, ChannelDay day) {
        String key = window.key();
        long minutesLive = Math.round(day.liveMillis() / 60_000.0);
        long viewerMinutes = Math.round(day.viewerMillis() / 60_000.0);
        double average = day.liveMillis() == 0 ? 0 : Rounding.twoDecimals(day.viewerMillis() / (double) day.liveMillis());
        String id = StatsIds.of(Topics.STATS_CHANNEL_DAILY.name(), key, window.window().start(), minutesLive,
            viewerMinutes, day.peakViewers(), average, day.streams().size(), day.login());
        return new ChannelDailyStatsComputed(id, TimeBuckets.instant(day.asOf()), SchemaVersion.CURRENT, key,
            day.login(), window.window().startTime(), window.window().endTime(), minutesLive, viewerMinutes,
            day.peakViewers(), average, day.streams().size());
    }

    /** The running totals of one channel-day. */
    record ChannelDay(String login, long liveMillis, long viewerMillis, int peakViewers, List<String> streams,
                      long asOf) {

        static final ChannelDay EMPTY = new ChannelDay("", 0, 0, 0, List.of(), Long.MIN_VALUE);
        static final BinarySerde<ChannelDay> SERDE = BinarySerde.of((out, day) -> {
            out.writeUTF(day.login);
            out.writeLong(day.liveMillis);
            out.writeLong(day.viewerMillis);
            out.writeInt(day.peakViewers);
            BinarySerde.writeStrings(out, day.streams);
            out.writeLong(day.asOf);
        }, in -> new ChannelDay(in.readUTF(), in.readLong(), in.readLong(), in.readInt(), BinarySerde.readStrings(in),
            in.readLong()));

        ChannelDay add(ViewingSlice slice) {
            List<String> sessions = streams;
            if (!streams.contains(slice.streamId())) {
                TreeSet<String> more = new TreeSet<>(streams);
                more.add(slice.streamId());
                sessions = List.copyOf(more);
            }
            return new ChannelDay(slice.login(), liveMillis + slice.durationMs(), viewerMillis + slice.viewerMillis(),
                Math.max(peakViewers, slice.viewers()), sessions, Math.max(asOf, slice.end()));
        }
    }
}
