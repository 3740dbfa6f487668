package io.streampulse.aggregator.topology;

import io.streampulse.aggregator.topology.TimelineEvent.ViewingSlice;
import io.streampulse.contracts.event.SchemaVersion;
import io.streampulse.contracts.stats.TagDailyStatsComputed;
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
 * Per tag and UTC day: hours streamed and viewer-minutes. Tags are free-form; the timeline already
 * normalised them (trimmed, lowercase, distinct per stream), so "English" and "english" add up as one tag.
 * Each task sums its channels' time per tag and day before the repartition ({@link PartialSums}).
 */
final class TagStatistics {

    private TagStatistics() {
    }

    static void build(StreamsBuilder builder, KStream<String, ViewingSlice> slices, TopologySettings settings) {
        KStream<String, ViewingSlice> timed = slices
            .filter((broadcasterId, slice) -> !slice.isPoint() && !slice.tags().isEmpty(), Named.as("tag-timed-slices"));
        WindowedStats.aggregate(
            PartialSums.of(builder, timed, "tag", TagSlice.SERDE, new PartialSums.WindowSpec<>() {
                @Override
                public void contribute(ViewingSlice slice, BiConsumer<String, TagSlice> partials) {
                    long day = TimeBuckets.floor(slice.start(), TimeBuckets.DAY);
                    TagSlice partial = new TagSlice(slice.durationMs(), slice.viewerMillis(), slice.end());
                    slice.tags().forEach(tag -> partials.accept(PartialSums.bufferKey(tag, day), partial));
                }

                @Override
                public TagSlice merge(TagSlice earlier, TagSlice later) {
                    return new TagSlice(earlier.durationMs() + later.durationMs(),
                        earlier.viewerMillis() + later.viewerMillis(), Math.max(earlier.end(), later.end()));
                }
            }, settings)
                .repartition(Repartitioned.with(Serdes.String(), TagSlice.SERDE).withName("tag"))
                .groupByKey(Grouped.with("tag", Serdes.String(), TagSlice.SERDE)),
            settings.grace(),
            new WindowedStats.Definition<>("tag-daily", Duration.ofDays(1), () -> TagDay.EMPTY,
                (tag, slice, day) -> day.add(slice), TagDay.SERDE, TagStatistics::stats,
                Topics.STATS_TAG_DAILY));
    }

    private static TagDailyStatsComputed stats(Windowed<String> window, TagDay day) {
        double hours = day.liveMillis() / 3_600_000.0;
        long viewerMinutes = Math.round(day.viewerMillis() / 60_000.0);
        String id = StatsIds.of(Topics.STATS_TAG_DAILY.name(), window.key(), window.window().start(), hours,
            viewerMinutes);
        return new TagDailyStatsComputed(id, TimeBuckets.instant(day.asOf()), SchemaVersion.CURRENT, window.key(),
            window.window().startTime(), window.window().endTime(), hours, viewerMinutes);
    }

    /** What one channel's credited slice gives each of its tags. */
    record TagSlice(long durationMs, long viewerMillis, long end) {

        static final BinarySerde<TagSlice> SERDE = BinarySerde.of((out, slice) -> {
            out.writeLong(slice.durationMs);
            out.writeLong(slice.viewerMillis);
            out.writeLong(slice.end);
        }, in -> new TagSlice(in.readLong(), in.readLong(), in.readLong()));
    }

    /** The running totals of one tag on one day. */
    record TagDay(long liveMillis, long viewerMillis, long asOf) {

        static final TagDay EMPTY = new TagDay(0, 0, Long.MIN_VALUE);
        static final BinarySerde<TagDay> SERDE = BinarySerde.of((out, day) -> {
            out.writeLong(day.liveMillis);
            out.writeLong(day.viewerMillis);
            out.writeLong(day.asOf);
        }, in -> new TagDay(in.readLong(), in.readLong(), in.readLong()));

        TagDay add(TagSlice slice) {
            return new TagDay(liveMillis + slice.durationMs(), viewerMillis + slice.viewerMillis(),
                Math.max(asOf, slice.end()));
        }
    }
}
