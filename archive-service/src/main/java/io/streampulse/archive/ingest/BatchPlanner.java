package io.streampulse.archive.ingest;

import io.streampulse.archive.channel.ChannelSeen;
import io.streampulse.archive.event.ChannelEventRow;
import io.streampulse.archive.event.ChannelEventRows;
import io.streampulse.archive.session.ChannelState;
import io.streampulse.archive.session.ClosedSession;
import io.streampulse.archive.session.SessionTracker;
import io.streampulse.archive.session.Transition;
import io.streampulse.archive.session.Transition.Outcome;
import io.streampulse.archive.snapshot.SnapshotRow;
import io.streampulse.archive.snapshot.SnapshotSampler;
import io.streampulse.contracts.channel.ChannelEventReceived;
import io.streampulse.contracts.event.Event;
import io.streampulse.contracts.stream.StreamLifecycleEvent;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.stream.StreamWentOffline;
import io.streampulse.contracts.stream.StreamWentOnline;
import io.streampulse.contracts.user.UserAuthorizationRevoked;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies a batch to the channels' states in memory: the observations and lifecycle events of the batch in time
 * order through the {@link SessionTracker}, a snapshot for each LIVE observation that opens a bucket, a row for each
 * channel event; then the sweep of the channels nobody observes any more. A record that fails here, or holds a value
 * PostgreSQL would refuse ({@link Storable}), is rejected (dead-lettered) instead of failing the batch.
 */
final class BatchPlanner {

    private final SessionTracker tracker;
    private final SnapshotSampler sampler;
    private final ChannelEventRows eventRows = new ChannelEventRows();

    BatchPlanner(SessionTracker tracker, SnapshotSampler sampler) {
        this.tracker = tracker;
        this.sampler = sampler;
    }

    /**
     * @param states         the current state of every channel the batch's stream records are about, and of every
     *                       channel in {@code unobserved}
     * @param snapshotsFrom  observations before this instant are past the snapshot retention: no snapshot
     * @param unobserved     channels to sweep, each with its cutoff: the session ends if the channel's latest
     *                       observation (after this batch) is at or before it
     */
    BatchPlan plan(ArchiveBatch batch, Map<String, ChannelState> states, Instant snapshotsFrom,
                   Map<String, Instant> unobserved) {
        Work work = new Work(new HashMap<>(states));
        for (Received<?> record : streamRecordsInTimeOrder(batch)) {
            try {
                if (storable(work, record)) {
                    apply(work, record, snapshotsFrom);
                }
            } catch (RuntimeException e) {
                work.rejected.add(new Rejected(record.source(), "processing_failed", e.toString()));
            }
        }
        unobserved.forEach((broadcasterId, cutoff) -> {
            Transition swept = tracker.unobserved(work.state(broadcasterId), cutoff);
            if (swept.closed().isPresent()) {
                work.apply(swept);
                work.swept++;
            }
        });
        for (Received<ChannelEventReceived> event : batch.channelEvents()) {
            if (!storable(work, event)) {
                continue;
            }
            try {
                ChannelEventRow row = eventRows.rowOf(event.value());
                work.events.add(row);
                work.channels.add(new ChannelSeen(event.value().broadcasterId(), event.value().broadcasterLogin(),
                    event.value().broadcasterName(), event.value().occurredAt()));
            } catch (RuntimeException e) {
                work.rejected.add(new Rejected(event.source(), "processing_failed", e.toString()));
            }
        }
        batch.revocations().stream().filter(revocation -> storable(work, revocation))
            .forEach(revocation -> work.revocations.add(revocation.value()));
        return new BatchPlan(work.changed, work.partitions, work.closed, work.snapshots, work.events, work.revocations,
            work.channels, work.rejected, work.outcomes, work.swept);
    }

    private static boolean storable(Work work, Received<?> record) {
        Optional<String> problem = Storable.problemOf((Event) record.value());
        problem.ifPresent(reason -> work.rejected.add(new Rejected(record.source(), "unstorable_value", reason)));
        return problem.isEmpty();
    }

    private void apply(Work work, Received<?> record, Instant snapshotsFrom) {
        if (record.value() instanceof StreamObserved observation) {
            ChannelState before = work.state(observation.broadcasterId());
            Transition transition = tracker.observe(before, observation);
            ChannelState after = transition.state();
            if (transition.outcome().tookLiveObservation() && !observation.occurredAt().isBefore(snapshotsFrom)) {
                Optional<SnapshotRow> snapshot = sampler.sample(before.lastSnapshotBucket(), observation.stream(),
                    observation.occurredAt());
                if (snapshot.isPresent()) {
                    work.snapshots.add(snapshot.get());
                    after = after.withSnapshotBucket(snapshot.get().bucketStart());
                }
            }
            work.record(new Transition(after, transition.closed(), transition.outcome()));
            work.partitions.put(observation.broadcasterId(), record.source().partition());
        } else if (record.value() instanceof StreamLifecycleEvent event) {
            ChannelState before = work.state(event.broadcasterId());
            work.record(event.accept(new StreamLifecycleEvent.Visitor<Transition>() {
                @Override
                public Transition online(StreamWentOnline online) {
                    return tracker.online(before, online);
                }

                @Override
                public Transition offline(StreamWentOffline offline) {
                    return tracker.offline(before, offline);
                }
            }));
        }
    }

    private static List<Received<?>> streamRecordsInTimeOrder(ArchiveBatch batch) {
        List<Received<?>> records = new ArrayList<>(batch.observations().size() + batch.lifecycle().size());
        records.addAll(batch.observations());
        records.addAll(batch.lifecycle());
        records.sort(Comparator.comparing(BatchPlanner::occurredAt));
        return records;
    }

    private static Instant occurredAt(Received<?> record) {
        return record.value() instanceof StreamObserved observation
            ? observation.occurredAt() : ((StreamLifecycleEvent) record.value()).occurredAt();
    }

    /** The effects accumulated while applying one batch. */
    private static final class Work {
        final Map<String, ChannelState> states;
        final Map<String, ChannelState> changed = new HashMap<>();
        final List<ClosedSession> closed = new ArrayList<>();
        final List<SnapshotRow> snapshots = new ArrayList<>();
        final List<ChannelEventRow> events = new ArrayList<>();
        final List<UserAuthorizationRevoked> revocations = new ArrayList<>();
        final List<ChannelSeen> channels = new ArrayList<>();
        final List<Rejected> rejected = new ArrayList<>();
        final Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        final Map<String, Integer> partitions = new HashMap<>();
        int swept;

        Work(Map<String, ChannelState> states) {
            this.states = states;
        }

        ChannelState state(String broadcasterId) {
            return states.computeIfAbsent(broadcasterId, ChannelState::fresh);
        }

        /** A record's transition: counted by outcome, then applied. */
        void record(Transition transition) {
            outcomes.merge(transition.outcome(), 1, Integer::sum);
            apply(transition);
        }

        void apply(Transition transition) {
            ChannelState state = transition.state();
            if (!state.equals(states.get(state.broadcasterId()))) {
                states.put(state.broadcasterId(), state);
                changed.put(state.broadcasterId(), state);
            }
            transition.closed().ifPresent(session -> {
                closed.add(session);
                channels.add(new ChannelSeen(session.broadcasterId(), session.broadcasterLogin(),
                    session.broadcasterName(), session.endedAt()));
            });
            if (transition.outcome() == Outcome.OPENED || transition.outcome() == Outcome.ENDED_AND_OPENED) {
                io.streampulse.archive.session.OpenSession open = state.open();
                channels.add(new ChannelSeen(open.broadcasterId(), open.broadcasterLogin(), open.broadcasterName(),
                    open.lastLiveAt()));
            }
        }
    }
}
