package io.streampulse.archive.ingest;

import io.streampulse.contracts.channel.ChannelEventReceived;
import io.streampulse.contracts.event.Event;
import io.streampulse.contracts.stream.StreamLifecycleEvent;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.user.UserAuthorizationRevoked;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The valid records of one poll, by kind, and the next offset of every partition the poll read (dead-lettered
 * records included: they are consumed too).
 */
public record ArchiveBatch(
    List<Received<StreamObserved>> observations,
    List<Received<StreamLifecycleEvent>> lifecycle,
    List<Received<ChannelEventReceived>> channelEvents,
    List<Received<UserAuthorizationRevoked>> revocations,
    List<Rejected> invalid,
    Map<PartitionKey, Long> nextOffsets) {

    public ArchiveBatch {
        observations = List.copyOf(observations);
        lifecycle = List.copyOf(lifecycle);
        channelEvents = List.copyOf(channelEvents);
        revocations = List.copyOf(revocations);
        invalid = List.copyOf(invalid);
        nextOffsets = Map.copyOf(nextOffsets);
    }

    /** How many records the batch holds, invalid ones included. */
    public int size() {
        return observations.size() + lifecycle.size() + channelEvents.size() + revocations.size() + invalid.size();
    }

    /** The records at or after each partition's {@code consumed} offset: those not processed by an earlier batch. */
    ArchiveBatch unprocessed(Map<PartitionKey, Long> consumed) {
        return new ArchiveBatch(after(observations, consumed), after(lifecycle, consumed),
            after(channelEvents, consumed), after(revocations, consumed),
            invalid.stream().filter(r -> isAfter(r.source(), consumed)).toList(), nextOffsets);
    }

    /**
     * Every record's source in the order a batch is split when PostgreSQL refuses it: each partition's records in
     * offset order (so any run of this list is a run of offsets in each partition, and the runs can be committed one
     * after the other), the partitions interleaved by time (so a run holds observations and lifecycle events of about
     * the same time, as a poll would).
     */
    List<Source> inIsolationOrder() {
        Map<PartitionKey, List<Timed>> partitions = new HashMap<>();
        for (Timed record : timed()) {
            partitions.computeIfAbsent(record.source().partitionKey(), p -> new ArrayList<>()).add(record);
        }
        PriorityQueue<Deque<Timed>> heads = new PriorityQueue<>(
            Comparator.comparing((Deque<Timed> p) -> p.getFirst().at())
                .thenComparing(p -> p.getFirst().source().topic())
                .thenComparingInt(p -> p.getFirst().source().partition()));
        partitions.values().forEach(records -> {
            records.sort(Comparator.comparingLong(r -> r.source().offset()));
            heads.add(new ArrayDeque<>(records));
        });
        List<Source> order = new ArrayList<>(size());
        while (!heads.isEmpty()) {
            Deque<Timed> next = heads.poll();
            order.add(next.removeFirst().source());
            if (!next.isEmpty()) {
                heads.add(next);
            }
        }
        return order;
    }

    /** The records of this batch from {@code sources} only; its next offsets are theirs. */
    ArchiveBatch only(Collection<Source> sources) {
        Set<SourceId> kept = new HashSet<>();
        sources.forEach(source -> kept.add(SourceId.of(source)));
        Builder part = new Builder();
        observations.stream().filter(r -> kept.contains(SourceId.of(r.source())))
            .forEach(r -> part.observation(r.source(), r.value()));
        lifecycle.stream().filter(r -> kept.contains(SourceId.of(r.source())))
            .forEach(r -> part.lifecycle(r.source(), r.value()));
        channelEvents.stream().filter(r -> kept.contains(SourceId.of(r.source())))
            .forEach(r -> part.channelEvent(r.source(), r.value()));
        revocations.stream().filter(r -> kept.contains(SourceId.of(r.source())))
            .forEach(r -> part.revocation(r.source(), r.value()));
        invalid.stream().filter(r -> kept.contains(SourceId.of(r.source()))).forEach(part::invalid);
        return part.build();
    }

    /** This batch with every valid record rejected for {@code reason} (the invalid ones keep theirs). */
    ArchiveBatch refused(String errorType, String reason) {
        Builder refused = new Builder();
        timed().stream().filter(r -> r.rejected() == null)
            .forEach(r -> refused.invalid(new Rejected(r.source(), errorType, reason)));
        invalid.forEach(refused::invalid);
        return refused.build();
    }

    private List<Timed> timed() {
        List<Timed> all = new ArrayList<>(size());
        observations.forEach(r -> all.add(Timed.of(r)));
        lifecycle.forEach(r -> all.add(Timed.of(r)));
        channelEvents.forEach(r -> all.add(Timed.of(r)));
        revocations.forEach(r -> all.add(Timed.of(r)));
        invalid.forEach(r -> all.add(new Timed(r.source(), Instant.MIN, r)));
        return all;
    }

    /** A record's source and time (the earliest instant for records that could not be decoded). */
    private record Timed(Source source, Instant at, Rejected rejected) {
        static Timed of(Received<? extends Event> record) {
            return new Timed(record.source(), record.value().occurredAt(), null);
        }
    }

    /** What identifies a record: its partition and offset. */
    private record SourceId(PartitionKey partition, long offset) {
        static SourceId of(Source source) {
            return new SourceId(source.partitionKey(), source.offset());
        }
    }

    private static <T> List<Received<T>> after(List<Received<T>> records, Map<PartitionKey, Long> consumed) {
        return records.stream().filter(r -> isAfter(r.source(), consumed)).toList();
    }

    private static boolean isAfter(Source source, Map<PartitionKey, Long> consumed) {
        return source.offset() >= consumed.getOrDefault(source.partitionKey(), 0L);
    }

    /** Collects a batch record by record, in offset order per partition. */
    public static final class Builder {
        private final List<Received<StreamObserved>> observations = new ArrayList<>();
        private final List<Received<StreamLifecycleEvent>> lifecycle = new ArrayList<>();
        private final List<Received<ChannelEventReceived>> channelEvents = new ArrayList<>();
        private final List<Received<UserAuthorizationRevoked>> revocations = new ArrayList<>();
        private final List<Rejected> invalid = new ArrayList<>();
        private final Map<PartitionKey, Long> nextOffsets = new HashMap<>();

        /** Counts a record as consumed (every record, valid or not). */
        public Builder consumed(Source source) {
            nextOffsets.merge(source.partitionKey(), source.offset() + 1, Math::max);
            return this;
        }

        public Builder observation(Source source, StreamObserved value) {
            consumed(source);
            observations.add(new Received<>(source, value));
            return this;
        }

        public Builder lifecycle(Source source, StreamLifecycleEvent value) {
            consumed(source);
            lifecycle.add(new Received<>(source, value));
            return this;
        }

        public Builder channelEvent(Source source, ChannelEventReceived value) {
            consumed(source);
            channelEvents.add(new Received<>(source, value));
            return this;
        }

        public Builder revocation(Source source, UserAuthorizationRevoked value) {
            consumed(source);
            revocations.add(new Received<>(source, value));
            return this;
        }

        /** A record that could not be decoded: consumed, and dead-lettered unless processed before. */
        public Builder invalid(Rejected rejected) {
            consumed(rejected.source());
            invalid.add(rejected);
            return this;
        }

        public ArchiveBatch build() {
            return new ArchiveBatch(observations, lifecycle, channelEvents, revocations, invalid, nextOffsets);
        }
    }
}
