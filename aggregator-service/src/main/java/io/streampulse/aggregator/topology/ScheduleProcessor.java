package io.streampulse.aggregator.topology;

import io.streampulse.aggregator.topology.TimelineEvent.ViewingSlice;
import io.streampulse.contracts.event.SchemaVersion;
import io.streampulse.contracts.stats.ChannelScheduleComputed;
import io.streampulse.contracts.topic.Topics;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Updates a channel's weekday-hour cells with the hour a slice falls in, and writes every cell whose share
 * changed: the new cell, or all cells when the look-back window moved (a new week adds an observed week to
 * every cell). A cell whose last live week left the window is written once more with zero weeks, then forgotten.
 */
final class ScheduleProcessor implements Processor<String, ViewingSlice, String, ChannelScheduleComputed> {

    private final int weeks;
    private ProcessorContext<String, ChannelScheduleComputed> context;
    private KeyValueStore<String, ScheduleState> store;

    ScheduleProcessor(int weeks) {
        this.weeks = weeks;
    }

    @Override
    public void init(ProcessorContext<String, ChannelScheduleComputed> context) {
        this.context = context;
        this.store = context.getStateStore(ScheduleStatistics.STORE);
    }

    @Override
    public void process(Record<String, ViewingSlice> record) {
        ViewingSlice slice = record.value();
        long week = TimeBuckets.weekStart(slice.start());
        ScheduleState state = store.get(record.key());
        if (state == null) {
            state = new ScheduleState(week, week, slice.login(), Map.of());
        }
        long firstWeek = Math.min(state.firstWeek(), week);
        long currentWeek = Math.max(state.currentWeek(), week);
        long oldest = Math.max(firstWeek, currentWeek - (weeks - 1) * TimeBuckets.WEEK);
        if (week < oldest) {
            return;
        }
        boolean windowMoved = firstWeek != state.firstWeek() || currentWeek != state.currentWeek();
        TreeMap<Integer, TreeSet<Long>> cells = new TreeMap<>();
        state.cells().forEach((cell, liveWeeks) -> cells.put(cell, new TreeSet<>(liveWeeks.stream()
            .filter(liveWeek -> liveWeek >= oldest).toList())));
        TreeSet<Integer> changed = new TreeSet<>(windowMoved ? cells.keySet() : List.of());
        int cell = TimeBuckets.weekHourCell(slice.start());
        if (cells.computeIfAbsent(cell, any -> new TreeSet<>()).add(week)) {
            changed.add(cell);
        }
        Window window = new Window(oldest, currentWeek);
        changed.forEach(changedCell -> write(record, slice, window, changedCell, cells.get(changedCell).size()));
        cells.values().removeIf(TreeSet::isEmpty);
        TreeMap<Integer, List<Long>> kept = new TreeMap<>();
        cells.forEach((keptCell, liveWeeks) -> kept.put(keptCell, List.copyOf(liveWeeks)));
        store.put(record.key(), new ScheduleState(firstWeek, currentWeek, slice.login(), kept));
    }

    private void write(Record<String, ViewingSlice> record, ViewingSlice slice, Window window, int cell, int weeksLive) {
        int observed = window.weeksObserved();
        double share = weeksLive / (double) observed;
        String key = record.key() + "|" + TimeBuckets.weekday(cell) + "|" + TimeBuckets.hourOfDay(cell);
        String id = StatsIds.of(Topics.STATS_CHANNEL_SCHEDULE.name(), key, window.oldest(), window.currentWeek(),
            weeksLive, slice.login());
        ChannelScheduleComputed stats = new ChannelScheduleComputed(id, TimeBuckets.instant(slice.start()),
            SchemaVersion.CURRENT, record.key(), slice.login(), TimeBuckets.weekday(cell), TimeBuckets.hourOfDay(cell),
            TimeBuckets.instant(window.oldest()), TimeBuckets.instant(window.currentWeek() + TimeBuckets.WEEK),
            weeksLive, observed, share);
        context.forward(new Record<>(stats.key(), stats, record.timestamp()));
    }

    /** The weeks looked at: from the oldest counted week to the current one, both included. */
    private record Window(long oldest, long currentWeek) {

        int weeksObserved() {
            return (int) ((currentWeek - oldest) / TimeBuckets.WEEK) + 1;
        }
    }
}
