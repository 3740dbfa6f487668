package io.streampulse.faultcheck.probe;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How the stack came back after a fault, measured from {@code since} (the fault cleared): when every service
 * answered ready, when refresh wrote a new observation, when a channel event triggered after that reached
 * archive.channel_events, and when the aggregator's rollup counted it.
 */
public record Recovery(Instant since, Optional<Instant> readyAt, Optional<Instant> observationAt,
                       Optional<Instant> archivedAt, Optional<Instant> aggregatedAt, Optional<String> probeEventId,
                       List<String> notes) {

    public Recovery {
        notes = List.copyOf(notes);
    }

    public boolean recovered() {
        return readyAt.isPresent() && observationAt.isPresent() && archivedAt.isPresent() && aggregatedAt.isPresent();
    }

    /** Time from {@code since} until everything above held; empty when it never did. */
    public Optional<Duration> time() {
        return recovered() ? Stream.of(readyAt, observationAt, archivedAt, aggregatedAt).map(Optional::get)
                .max(Instant::compareTo).map(last -> Duration.between(since, last)) : Optional.empty();
    }

    public Optional<Duration> readyTime() {
        return readyAt.map(at -> Duration.between(since, at));
    }

    /** {@code ready 12.0 s, observation 3.1 s, archived 14.2 s, aggregated 19.8 s} (from {@code since}). */
    public String breakdown() {
        return "ready " + after(readyAt) + ", observation " + after(observationAt) + ", archived " + after(archivedAt)
                + ", aggregated " + after(aggregatedAt);
    }

    private String after(Optional<Instant> at) {
        return at.map(t -> String.format(java.util.Locale.ROOT, "%.1f s", Duration.between(since, t).toMillis() / 1000.0))
                .orElse("never");
    }

    /** What was still missing when the probe gave up. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (readyAt.isEmpty()) {
            missing.add("not every service ready");
        }
        if (observationAt.isEmpty()) {
            missing.add("no new observation on twitch.streams.observations.v1");
        }
        if (archivedAt.isEmpty()) {
            missing.add("probe channel event not in archive.channel_events");
        }
        if (aggregatedAt.isEmpty()) {
            missing.add("probe channel event not in aggregator.channel_events_daily");
        }
        return missing;
    }
}
