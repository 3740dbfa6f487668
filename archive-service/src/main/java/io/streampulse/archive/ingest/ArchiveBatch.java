package io.streampulse.archive.ingest;

import io.streampulse.contracts.channel.ChannelEventReceived;
import io.streampulse.contracts.stream.StreamLifecycleEvent;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.user.UserAuthorizationRevoked;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
