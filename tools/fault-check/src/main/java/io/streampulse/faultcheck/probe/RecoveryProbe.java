package io.streampulse.faultcheck.probe;

import io.streampulse.faultcheck.Waits;
import io.streampulse.faultcheck.score.ArchivedEvent;
import io.streampulse.faultcheck.sim.SimAdmin;
import io.streampulse.faultcheck.stack.ServiceFleet;
import io.streampulse.faultcheck.store.ArchiveReader;
import io.streampulse.faultcheck.store.RollupReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Waits until the stack has recovered: every service ready, data flowing from Twitch through refresh, and a
 * channel event triggered once everything is ready stored by archive and counted by the aggregator. A probe event
 * that has not reached archive after {@link #RETRIGGER} is replaced by a new one (the first may have been sent
 * while ingest's subscriptions were still being repaired).
 */
public final class RecoveryProbe {

    static final Duration RETRIGGER = Duration.ofSeconds(20);

    private final ServiceFleet services;
    private final SimAdmin sim;
    private final ObservationTail observations;
    private final ProbeEvents events;
    private final ArchiveReader archive;
    private final RollupReader rollups;

    public RecoveryProbe(ServiceFleet services, SimAdmin sim, ObservationTail observations, ProbeEvents events,
                         ArchiveReader archive, RollupReader rollups) {
        this.services = services;
        this.sim = sim;
        this.observations = observations;
        this.events = events;
        this.archive = archive;
        this.rollups = rollups;
    }

    public Recovery await(Instant since, Duration timeout) {
        Attempt attempt = new Attempt(since);
        Waits.until(attempt::poll, timeout);
        return attempt.result();
    }

    /** The state of one wait; {@link #poll()} moves it forward and says whether everything holds. */
    private final class Attempt {
        private final Instant since;
        private final List<String> notes = new ArrayList<>();
        private Instant readyAt;
        private Instant observationAt;
        private Instant archivedAt;
        private Instant aggregatedAt;
        private ProbeEvents.Probe probe;
        private ArchivedEvent stored;

        Attempt(Instant since) {
            this.since = since;
        }

        boolean poll() {
            if (readyAt == null && services.notReady().isEmpty() && sim.healthy()) {
                readyAt = Instant.now();
            }
            if (observationAt == null && observations.seenAfter(since)) {
                observationAt = Instant.now();
            }
            if (readyAt != null && archivedAt == null) {
                followProbe();
            }
            if (stored != null && aggregatedAt == null && counted(stored)) {
                aggregatedAt = Instant.now();
            }
            return readyAt != null && observationAt != null && archivedAt != null && aggregatedAt != null;
        }

        private void followProbe() {
            if (probe == null || probe.triggeredAt().plus(RETRIGGER).isBefore(Instant.now())) {
                if (probe != null) {
                    notes.add("probe " + probe.messageId() + " not archived after " + RETRIGGER.toSeconds() + " s: retriggered");
                }
                probe = events.trigger().orElse(null);
                return;
            }
            Optional<ArchivedEvent> row = archive.channelEvent(probe.messageId());
            if (row.isPresent()) {
                stored = row.get();
                archivedAt = Instant.now();
            }
        }

        private boolean counted(ArchivedEvent event) {
            Instant occurred = event.occurredAt().truncatedTo(ChronoUnit.MILLIS);
            return rollups.channelEventsComputedAt(event.broadcasterId(), event.eventType(),
                            occurred.atOffset(ZoneOffset.UTC).toLocalDate())
                    .map(computedAt -> !computedAt.isBefore(occurred)).orElse(false);
        }

        Recovery result() {
            if (readyAt == null) {
                notes.add("not ready at the end: " + services.notReady() + (sim.healthy() ? "" : ", simulator"));
            }
            return new Recovery(since, Optional.ofNullable(readyAt), Optional.ofNullable(observationAt),
                    Optional.ofNullable(archivedAt), Optional.ofNullable(aggregatedAt),
                    Optional.ofNullable(probe).map(ProbeEvents.Probe::messageId), notes);
        }
    }
}
