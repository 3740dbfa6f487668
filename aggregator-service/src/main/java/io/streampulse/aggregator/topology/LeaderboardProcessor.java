package io.streampulse.aggregator.topology;

import io.streampulse.aggregator.topology.LeaderboardStatistics.BoardUpdate;
import io.streampulse.contracts.event.SchemaVersion;
import io.streampulse.contracts.stats.LeaderboardComputed;
import io.streampulse.contracts.stats.LeaderboardEntry;
import io.streampulse.contracts.stats.LeaderboardKind;
import io.streampulse.contracts.topic.Topics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps each live channel's latest viewers (store {@code leaderboard-current}, mirrored in memory after
 * restoration) and, when event time enters a new interval, publishes the boards of the interval that just
 * closed: channels not observed within {@code maxObservationGap} before its end are dropped as stale.
 * Ties rank by id, so equal input gives equal boards.
 */
final class LeaderboardProcessor implements Processor<String, BoardUpdate, String, LeaderboardComputed> {

    private static final String PUBLISHED_KEY = "interval";
    private static final Comparator<Map.Entry<String, Long>> RANKING =
        Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

    private final long interval;
    private final long maxGap;
    private final int size;
    private final Map<String, BoardUpdate> current = new HashMap<>();
    private ProcessorContext<String, LeaderboardComputed> context;
    private KeyValueStore<String, BoardUpdate> currentStore;
    private KeyValueStore<String, Long> publishedStore;
    private long openInterval = Long.MIN_VALUE;

    LeaderboardProcessor(TopologySettings settings) {
        this.interval = settings.leaderboardInterval().toMillis();
        this.maxGap = settings.maxObservationGap().toMillis();
        this.size = settings.leaderboardSize();
    }

    @Override
    public void init(ProcessorContext<String, LeaderboardComputed> context) {
        this.context = context;
        this.currentStore = context.getStateStore(LeaderboardStatistics.CURRENT_STORE);
        this.publishedStore = context.getStateStore(LeaderboardStatistics.PUBLISHED_STORE);
        try (KeyValueIterator<String, BoardUpdate> all = currentStore.all()) {
            all.forEachRemaining(entry -> current.put(entry.key, entry.value));
        }
        Long open = publishedStore.get(PUBLISHED_KEY);
        openInterval = open == null ? Long.MIN_VALUE : open;
    }

    @Override
    public void process(Record<String, BoardUpdate> record) {
        BoardUpdate update = record.value();
        long updateInterval = TimeBuckets.floor(update.at(), interval);
        if (openInterval == Long.MIN_VALUE || updateInterval > openInterval) {
            if (openInterval != Long.MIN_VALUE) {
                publish(openInterval, record.timestamp());
            }
            openInterval = updateInterval;
            publishedStore.put(PUBLISHED_KEY, openInterval);
        }
        BoardUpdate known = current.get(update.broadcasterId());
        if (known != null && known.at() > update.at()) {
            return;
        }
        if (update.live()) {
            current.put(update.broadcasterId(), update);
            currentStore.put(update.broadcasterId(), update);
        } else if (known != null) {
            current.remove(update.broadcasterId());
            currentStore.delete(update.broadcasterId());
        }
    }

    private void publish(long start, long now) {
        long end = start + interval;
        List<String> stale = current.values().stream()
            .filter(channel -> channel.at() < end - maxGap)
            .map(BoardUpdate::broadcasterId)
            .toList();
        stale.forEach(broadcasterId -> {
            current.remove(broadcasterId);
            currentStore.delete(broadcasterId);
        });
        forward(LeaderboardKind.CHANNELS, start, end, now, channels());
        forward(LeaderboardKind.GAMES, start, end, now, games());
    }

    private List<LeaderboardEntry> channels() {
        Map<String, Long> viewers = current.values().stream()
            .collect(Collectors.toMap(BoardUpdate::broadcasterId, channel -> (long) channel.viewers()));
        return ranked(viewers, id -> current.get(id).login(), id -> current.get(id).name());
    }

    private List<LeaderboardEntry> games() {
        Map<String, Long> viewers = new HashMap<>();
        Map<String, BoardUpdate> latest = new HashMap<>();
        current.values().stream().filter(channel -> !channel.gameId().isEmpty()).forEach(channel -> {
            viewers.merge(channel.gameId(), (long) channel.viewers(), Long::sum);
            latest.merge(channel.gameId(), channel, (a, b) -> a.at() >= b.at() ? a : b);
        });
        return ranked(viewers, id -> "", id -> latest.get(id).gameName());
    }

    private List<LeaderboardEntry> ranked(Map<String, Long> viewers, Function<String, String> login,
                                          Function<String, String> name) {
        List<Map.Entry<String, Long>> top = viewers.entrySet().stream().sorted(RANKING).limit(size).toList();
        List<LeaderboardEntry> entries = new ArrayList<>(top.size());
        for (Map.Entry<String, Long> entry : top) {
            String id = entry.getKey();
            entries.add(new LeaderboardEntry(entries.size() + 1, id, login.apply(id), name.apply(id), entry.getValue()));
        }
        return entries;
    }

    private void forward(LeaderboardKind kind, long start, long end, long now, List<LeaderboardEntry> entries) {
        String id = StatsIds.of(Topics.STATS_LEADERBOARD.name(), kind.name(), start, entries);
        LeaderboardComputed board = new LeaderboardComputed(id, Instant.ofEpochMilli(now), SchemaVersion.CURRENT, kind,
            Instant.ofEpochMilli(start), Instant.ofEpochMilli(end), entries);
        context.forward(new Record<>(board.key(), board, now));
    }
}
