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
 * a LIVE observation of a stream that is not open credits a lead-in from {@code max(started_at, itself - maxGap)}
 * at its own figures; the first ABSENT or new stream after a LIVE one credits half the time since it (that time
 * at most {@code maxGap}) to it; no time is credited twice (a lead-in starts at the latest credited time at the
 * earliest, the return of a stream after a flap credits what its tail did not). An ABSENT forgets the previous
 * observation once it is {@code maxGap} old. Credited time is split at hour boundaries. Totals in milliseconds and
 * viewer-milliseconds. (The service's grace clip of a lead-in never applies: its grace is a day, the run 2 hours.)
 */
final class Recomputation {

    /** Keys: {@code broadcaster_id|day}, {@code game_id|hour start}, {@code tag|day}. */
    final Map<String, long[]> channelDays = new HashMap<>();
    final Map<String, long[]> gameHours = new HashMap<>();
    final Map<String, long[]> tagDays = new HashMap<>();
    /** The part credited before {@code runStart} (lead-ins of streams live when the run began), same keys. */
    final Recomputation beforeRun;
    private final Instant runStart;

    private Recomputation(Instant runStart, boolean withBeforeRun) {
        this.runStart = runStart;
        this.beforeRun = withBeforeRun ? new Recomputation(runStart, false) : null;
    }

    static Recomputation of(List<StreamObserved> observations, Duration maxGap) {
        return of(observations, maxGap, Instant.MIN);
    }

    /** As {@link #of(List, Duration)}, also keeping apart what is credited before {@code runStart}. */
    static Recomputation of(List<StreamObserved> observations, Duration maxGap, Instant runStart) {
        Recomputation totals = new Recomputation(runStart, true);
        Map<String, List<StreamObserved>> byChannel = observations.stream()
            .collect(Collectors.groupingBy(StreamObserved::broadcasterId));
        byChannel.values().forEach(channel -> totals.replay(channel.stream()
            .sorted(Comparator.comparing(StreamObserved::occurredAt)).toList(), maxGap));
        return totals;
    }

    private void replay(List<StreamObserved> channel, Duration maxGap) {
        long cap = maxGap.toMillis();
        StreamObserved previous = null;
        boolean tailDone = false;
        long creditedUntil = Long.MIN_VALUE;
        Instant lastAt = null;
        for (StreamObserved observation : channel) {
            Instant at = observation.occurredAt();
            if (lastAt != null && !at.isAfter(lastAt)) {
                continue;
            }
            lastAt = at;
            long now = at.toEpochMilli();
            if (observation.status() == ObservationStatus.LIVE) {
                if (previous != null && previous.stream().streamId().equals(observation.stream().streamId())) {
                    long from = Math.max(creditedUntil, previous.occurredAt().toEpochMilli());
                    long until = Math.min(now, previous.occurredAt().toEpochMilli() + cap);
                    creditedUntil = credit(previous, from, until, creditedUntil);
                } else {
                    if (previous != null && !tailDone) {
                        creditedUntil = tail(previous, now, cap, creditedUntil);
                    }
                    long from = Math.max(observation.stream().startedAt().toEpochMilli(), now - cap);
                    creditedUntil = credit(observation, Math.max(from, creditedUntil), now, creditedUntil);
                }
                previous = observation;
                tailDone = false;
            } else if (previous != null) {
                if (!tailDone) {
                    creditedUntil = tail(previous, now, cap, creditedUntil);
                    tailDone = true;
                }
                if (!Duration.between(previous.occurredAt(), at).minus(maxGap).isNegative()) {
                    previous = null;
                }
            }
        }
    }

    /** Half of the time (at most {@code cap}) from the last LIVE observation to the first sign of the end. */
    private long tail(StreamObserved last, long goneBy, long cap, long creditedUntil) {
        long lastAt = last.occurredAt().toEpochMilli();
        long half = Math.min(goneBy - lastAt, cap) / 2;
        return credit(last, Math.max(creditedUntil, lastAt), lastAt + half, creditedUntil);
    }

    /** Credits [from, until) when not empty; the latest credited time after it. */
    private long credit(StreamObserved observation, long from, long until, long creditedUntil) {
        if (from >= until) {
            return creditedUntil;
        }
        credit(observation, Instant.ofEpochMilli(from), Instant.ofEpochMilli(until));
        return until;
    }

    private void credit(StreamObserved observation, Instant from, Instant until) {
        Instant start = from;
        while (start.isBefore(until)) {
            Instant hourEnd = start.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
            Instant end = hourEnd.isBefore(until) ? hourEnd : until;
            if (start.isBefore(runStart) && end.isAfter(runStart)) {
                end = runStart;
            }
            add(observation.stream(), start, Duration.between(start, end).toMillis());
            if (start.isBefore(runStart)) {
                beforeRun.add(observation.stream(), start, Duration.between(start, end).toMillis());
            }
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
