package io.streampulse.aggregator.score;

import io.streampulse.contracts.stats.TagDailyStatsComputed;
import io.streampulse.contracts.stream.ObservationStatus;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.stream.StreamState;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The statistics recomputed from the raw observations, straight from the rule in aggregator-service's README
 * (written again here, not the topology's code): per channel, the next LIVE observation of the same stream credits
 * the time since the previous LIVE one (at most {@code maxGap}) to the previous one's viewers, category and tags;
 * an ABSENT observation credits nothing and forgets the previous one once it is {@code maxGap} old. Credited time
 * is split at hour boundaries. Totals in milliseconds and viewer-milliseconds.
 */
final class Recomputation {

    /** Keys: {@code broadcaster_id|day}, {@code game_id|hour start}, {@code tag|day}. */
    final Map<String, long[]> channelDays = new HashMap<>();
    final Map<String, long[]> gameHours = new HashMap<>();
    final Map<String, long[]> tagDays = new HashMap<>();

    static Recomputation of(List<StreamObserved> observations, Duration maxGap) {
        Recomputation totals = new Recomputation();
        Map<String, List<StreamObserved>> byChannel = observations.stream()
            .collect(Collectors.groupingBy(StreamObserved::broadcasterId));
        byChannel.values().forEach(channel -> totals.replay(channel.stream()
            .sorted(Comparator.comparing(StreamObserved::occurredAt)).toList(), maxGap));
        return totals;
    }

    private void replay(List<StreamObserved> channel, Duration maxGap) {
        StreamObserved previous = null;
        Instant lastAt = null;
        for (StreamObserved observation : channel) {
            Instant at = observation.occurredAt();
            if (lastAt != null && !at.isAfter(lastAt)) {
                continue;
            }
            lastAt = at;
            if (observation.status() == ObservationStatus.LIVE) {
                if (previous != null && previous.stream().streamId().equals(observation.stream().streamId())) {
                    Instant until = at.isAfter(previous.occurredAt().plus(maxGap))
                        ? previous.occurredAt().plus(maxGap) : at;
                    credit(previous, previous.occurredAt(), until);
                }
                previous = observation;
            } else if (previous != null && !Duration.between(previous.occurredAt(), at).minus(maxGap).isNegative()) {
                previous = null;
            }
        }
    }

    private void credit(StreamObserved observation, Instant from, Instant until) {
        Instant start = from;
        while (start.isBefore(until)) {
            Instant hourEnd = start.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
            Instant end = hourEnd.isBefore(until) ? hourEnd : until;
            add(observation.stream(), start, Duration.between(start, end).toMillis());
            start = end;
        }
    }

    private void add(StreamState stream, Instant start, long millis) {
        long viewerMillis = stream.viewerCount() * millis;
        LocalDate day = LocalDate.ofInstant(start, ZoneOffset.UTC);
        plus(channelDays, stream.broadcasterId() + "|" + day, millis, viewerMillis);
        plus(gameHours, stream.gameId() + "|" + start.truncatedTo(ChronoUnit.HOURS), millis, viewerMillis);
        stream.tags().stream().map(TagDailyStatsComputed::normalise).filter(tag -> !tag.isEmpty()).distinct()
            .forEach(tag -> plus(tagDays, tag + "|" + day, millis, viewerMillis));
    }

    private static void plus(Map<String, long[]> totals, String key, long millis, long viewerMillis) {
        long[] sums = totals.computeIfAbsent(key, k -> new long[2]);
        sums[0] += millis;
        sums[1] += viewerMillis;
    }
}
