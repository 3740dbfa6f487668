package io.streampulse.aggregator.topology;

import io.streampulse.aggregator.topology.TimelineEvent.ViewingSlice;
import io.streampulse.contracts.event.SchemaVersion;
import io.streampulse.contracts.stats.PlatformStatsComputed;
import io.streampulse.contracts.topic.Topics;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import java.util.function.BiConsumer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.kstream.Windowed;

/**
 * All observed streams per 5 minutes (the viewers-over-the-day curve): total viewers as the average
 * concurrent viewers over the 5 minutes (viewer-minutes / 5) and live channels (distinct channels with any
 * viewing in the window). Everything meets in one partition under one key.
 */
final class PlatformStatistics {

    static final String KEY = "platform";

    private PlatformStatistics() {
    }

    static void build(StreamsBuilder builder, KStream<String, ViewingSlice> slices, TopologySettings settings) {
        KStream<String, ViewingSlice> counted = slices
            .filter((broadcasterId, slice) -> !slice.isPoint() || slice.firstInBucket(), Named.as("platform-counted-slices"));
        WindowedStats.aggregate(
            PartialSums.of(builder, counted, "platform", PlatformSlice.SERDE, new PartialSums.WindowSpec<>() {
                @Override
                public void contribute(ViewingSlice slice, BiConsumer<String, PlatformSlice> partials) {
                    partials.accept(PartialSums.bufferKey(KEY, TimeBuckets.floor(slice.start(), TimeBuckets.FIVE_MINUTES)),
                        new PlatformSlice(slice.viewerMillis(), slice.firstInBucket() ? 1 : 0, slice.end()));
                }

                @Override
                public PlatformSlice merge(PlatformSlice earlier, PlatformSlice later) {
                    return new PlatformSlice(earlier.viewerMillis() + later.viewerMillis(),
                        earlier.newChannels() + later.newChannels(), Math.max(earlier.end(), later.end()));
                }
            }, settings)
                .repartition(Repartitioned.with(Serdes.String(), PlatformSlice.SERDE)
                    .withName("platform").withNumberOfPartitions(1))
                .groupByKey(Grouped.with("platform", Serdes.String(), PlatformSlice.SERDE)),
            settings.grace(),
            new WindowedStats.Definition<>("platform-5m", Duration.ofMinutes(5), () -> PlatformWindow.EMPTY,
                (key, slice, window) -> window.add(slice), PlatformWindow.SERDE,
                PlatformStatistics::stats, Topics.STATS_PLATFORM_5M));
    }

    private static PlatformStatsComputed stats(Windowed<String> window, PlatformWindow totals) {
        long totalViewers = Math.round(totals.viewerMillis() / (double) TimeBuckets.FIVE_MINUTES);
        String id = StatsIds.of(Topics.STATS_PLATFORM_5M.name(), window.window().startTime().toString(),
            totalViewers, totals.channels());
        return new PlatformStatsComputed(id, TimeBuckets.instant(totals.asOf()), SchemaVersion.CURRENT,
            window.window().startTime(), window.window().endTime(), totalViewers, totals.channels());
    }

    /** What channels' slices give the platform window: viewing and channels new in it. */
    record PlatformSlice(long viewerMillis, int newChannels, long end) {

        static final BinarySerde<PlatformSlice> SERDE = BinarySerde.of((out, slice) -> {
            out.writeLong(slice.viewerMillis);
            out.writeInt(slice.newChannels);
            out.writeLong(slice.end);
        }, in -> new PlatformSlice(in.readLong(), in.readInt(), in.readLong()));
    }

    /** The running totals of one 5-minute window. */
    record PlatformWindow(long viewerMillis, int channels, long asOf) {

        static final PlatformWindow EMPTY = new PlatformWindow(0, 0, Long.MIN_VALUE);
        static final BinarySerde<PlatformWindow> SERDE = BinarySerde.of((out, window) -> {
            out.writeLong(window.viewerMillis);
            out.writeInt(window.channels);
            out.writeLong(window.asOf);
        }, in -> new PlatformWindow(in.readLong(), in.readInt(), in.readLong()));

        PlatformWindow add(PlatformSlice slice) {
            return new PlatformWindow(viewerMillis + slice.viewerMillis(), channels + slice.newChannels(),
                Math.max(asOf, slice.end()));
        }
    }
}
