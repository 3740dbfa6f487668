package io.streampulse.archive.ingest;

import io.streampulse.archive.channel.ChannelStore;
import io.streampulse.archive.event.ChannelEventStore;
import io.streampulse.archive.outbox.OutboxMessage;
import io.streampulse.archive.outbox.OutboxStore;
import io.streampulse.archive.privacy.UserDataEraser;
import io.streampulse.archive.session.ChannelState;
import io.streampulse.archive.session.ChannelStateStore;
import io.streampulse.archive.session.ClosedSession;
import io.streampulse.archive.session.SessionStore;
import io.streampulse.archive.session.SessionTracker;
import io.streampulse.archive.snapshot.SnapshotPartitions;
import io.streampulse.archive.snapshot.SnapshotSampler;
import io.streampulse.archive.snapshot.SnapshotStore;
import io.streampulse.contracts.stream.EndReason;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Processes one batch in one PostgreSQL transaction: skips records an earlier batch processed (their offsets are
 * below {@code consumed_offsets}), applies the rest in memory, sweeps the sessions of channels nobody observes any
 * more ({@link Sweep}), writes every effect (sessions with their outbox records, open sessions, snapshots, channels,
 * channel events, erasures), dead-letters what was rejected, records the new offsets and commits. Only then is the
 * in-memory state updated: a failed batch leaves nothing behind (but dead letters) and can simply be retried, whole
 * or in parts ({@link IsolatingProcessor}).
 */
public final class BatchProcessor {

    private final DataSource dataSource;
    private final Clock clock;
    private final BatchPlanner planner;
    private final Stores stores;
    private final Duration snapshotRetention;
    private final ChannelStateCache cache;
    private final Sweep sweep;
    private final ConsumedOffsets offsets = new ConsumedOffsets();

    /** The tables a batch writes. */
    public record Stores(ChannelStateStore states, SessionStore sessions, OutboxStore outbox, ChannelStore channels,
                         SnapshotStore snapshots, SnapshotPartitions partitions, ChannelEventStore events,
                         UserDataEraser eraser, String endedTopic) {
    }

    /**
     * @param unobservedGrace how long a channel may go without any observation before the sweep closes its session
     */
    public BatchProcessor(DataSource dataSource, Clock clock, SessionTracker tracker,
                          SnapshotSampler sampler, Stores stores,
                          Duration snapshotRetention, int cachedChannels, Duration unobservedGrace) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.planner = new BatchPlanner(tracker, sampler);
        this.stores = stores;
        this.snapshotRetention = snapshotRetention;
        this.cache = new ChannelStateCache(cachedChannels);
        this.sweep = new Sweep(stores.states(), unobservedGrace);
    }

    /** Processes {@code batch} and sweeps the partitions it observed; see the class comment. */
    public BatchOutcome process(ArchiveBatch batch, Rejections rejections) throws SQLException {
        return process(batch, rejections, true);
    }

    /** Processes {@code batch}; sweeps unobserved sessions only when {@code sweeping}. */
    public BatchOutcome process(ArchiveBatch batch, Rejections rejections, boolean sweeping) throws SQLException {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                ArchiveBatch fresh = batch.unprocessed(offsets.nextOffsets(connection, batch.nextOffsets().keySet()));
                Map<String, Instant> unobserved = sweeping ? sweep.candidates(connection, fresh, now) : Map.of();
                BatchPlan plan = planner.plan(fresh, states(connection, fresh, unobserved.keySet()),
                    now.minus(snapshotRetention), unobserved);
                stores.partitions().ensure(plan.snapshotDays());
                long writeStart = System.nanoTime();
                Written written = write(connection, plan, now);
                List<Rejected> rejected = new ArrayList<>(fresh.invalid());
                rejected.addAll(plan.rejected());
                rejections.deadLetter(rejected);
                offsets.save(connection, batch.nextOffsets(), now);
                connection.commit();
                Duration write = Duration.ofNanos(System.nanoTime() - writeStart);
                cache.putAll(plan.states().values());
                offsets.remember(batch.nextOffsets());
                return outcome(batch, fresh, plan, written, write);
            } catch (SQLException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            }
        }
    }

    /** Rolls back; a connection that died (the usual transient failure) cannot, which must not hide the failure. */
    private static void rollback(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** Forgets the in-memory state and offsets: call when partitions are assigned or revoked. */
    public void forgetCachedState() {
        cache.clear();
        offsets.forget();
    }

    private Map<String, ChannelState> states(Connection connection, ArchiveBatch batch, Set<String> unobserved)
        throws SQLException {
        Set<String> ids = new HashSet<>(unobserved);
        batch.observations().forEach(r -> ids.add(r.value().broadcasterId()));
        batch.lifecycle().forEach(r -> ids.add(r.value().broadcasterId()));
        Map<String, ChannelState> states = new HashMap<>(cache.cached(ids));
        List<String> missing = cache.missing(ids);
        states.putAll(stores.states().load(connection, missing));
        return states;
    }

    private record Written(List<ClosedSession> archived, int snapshots, int eventsStored, int eventsErased) {
    }

    private Written write(Connection connection, BatchPlan plan, Instant now) throws SQLException {
        List<ClosedSession> archived = stores.sessions().insertNew(connection, plan.closed(), now);
        for (ClosedSession session : archived) {
            stores.outbox().add(connection, new OutboxMessage(session.endedEventId(), stores.endedTopic(),
                session.broadcasterId(), stores.sessions().endedPayload(session, now)), now);
        }
        stores.states().save(connection, plan.states().values(), plan.observedPartitions(), now);
        stores.channels().upsert(connection, plan.channels());
        int snapshots = stores.snapshots().insert(connection, plan.snapshots());
        int stored = stores.events().insert(connection, plan.events(), now);
        int erased = stores.eraser().erase(connection, plan.revocations(), now);
        return new Written(archived, snapshots, stored, erased);
    }

    private static BatchOutcome outcome(ArchiveBatch batch, ArchiveBatch fresh, BatchPlan plan, Written written,
                                        Duration write) {
        Map<String, Integer> processed = new HashMap<>();
        fresh.observations().forEach(r -> processed.merge(r.source().topic(), 1, Integer::sum));
        fresh.lifecycle().forEach(r -> processed.merge(r.source().topic(), 1, Integer::sum));
        fresh.channelEvents().forEach(r -> processed.merge(r.source().topic(), 1, Integer::sum));
        fresh.revocations().forEach(r -> processed.merge(r.source().topic(), 1, Integer::sum));
        Map<EndReason, Integer> ended = new EnumMap<>(EndReason.class);
        written.archived().forEach(session -> ended.merge(session.endReason(), 1, Integer::sum));
        int rejected = fresh.invalid().size() + plan.rejected().size();
        return new BatchOutcome(processed, batch.size() - fresh.size(), rejected, ended, plan.outcomes(),
            plan.swept(), written.snapshots(), written.eventsStored(), written.eventsErased(), write);
    }
}
