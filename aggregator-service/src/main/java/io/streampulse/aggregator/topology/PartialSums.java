package io.streampulse.aggregator.topology;

import io.streampulse.aggregator.topology.TimelineEvent.ViewingSlice;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * Pre-aggregates before a repartition: each task combines its channels' contributions per buffer key (e.g.
 * one game's hour, or one channel's latest viewers) in a changelogged store and forwards the combined values
 * every {@code flushInterval} of wall-clock time, oldest first, deleting them. Downstream windows add the
 * partial sums up, so the result is the same as forwarding every slice, with a fraction of the records (a
 * tag used by thousands of channels becomes one record per task and flush). Exactly-once holds: the buffer
 * is a state store, and a flush is part of the task's transaction. The store is in memory (changelogged, so
 * restored after a restart): a buffer emptied every second would leave RocksDB iterating over tombstones. It
 * is cached, so its changelog gets the buffer's state once per commit rather than every update, and the
 * processor mirrors it in a map (filled again from the store at each init) so an update never reads it back.
 */
final class PartialSums<I, P> implements Processor<String, I, String, P> {

    /** What one statistic buffers. */
    interface Spec<I, P> {

        /** The partial values an input contributes, under their buffer keys. */
        void contribute(I input, BiConsumer<String, P> partials);

        P merge(P earlier, P later);

        /** The event time a buffered partial value is sent on with. */
        long timestamp(String bufferKey, P partial);

        /** The key a buffered partial value is sent on under. */
        String downstreamKey(String bufferKey, P partial);
    }

    /** Partial sums per downstream key and window, buffered under {@link #bufferKey}. */
    interface WindowSpec<P> extends Spec<ViewingSlice, P> {

        @Override
        default long timestamp(String bufferKey, P partial) {
            return Long.parseLong(bufferKey.substring(0, bufferKey.indexOf(SEPARATOR)));
        }

        @Override
        default String downstreamKey(String bufferKey, P partial) {
            return bufferKey.substring(bufferKey.indexOf(SEPARATOR) + 1);
        }
    }

    private static final char SEPARATOR = '\u0000';
    /** Width of the zero-padded window start ({@code %020d}; String.format costs more than the rest of a slice). */
    private static final int KEY_DIGITS = 20;
    private static final String ZEROS = "0".repeat(KEY_DIGITS);

    private final String store;
    private final Spec<I, P> spec;
    private final Duration flushInterval;
    /** The buffer store's content: written through to the store, never read back from it but at init. */
    private final Map<String, P> pending = new HashMap<>();
    private ProcessorContext<String, P> context;
    private KeyValueStore<String, P> buffer;

    PartialSums(String store, Spec<I, P> spec, Duration flushInterval) {
        this.store = store;
        this.spec = spec;
        this.flushInterval = flushInterval;
    }

    /** Adds the buffer store and the processor; returns the partial sums keyed by their downstream key. */
    static <I, P> KStream<String, P> of(StreamsBuilder builder, KStream<String, I> inputs, String name,
                                        Serde<P> serde, Spec<I, P> spec, TopologySettings settings) {
        String store = name + "-partial-sums";
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(store), Serdes.String(), serde)
            .withCachingEnabled());
        return inputs.process(() -> new PartialSums<>(store, spec, settings.preAggregationInterval()),
            Named.as(name + "-partial-sums"), store);
    }

    /**
     * The buffer key of a downstream key in the window starting at {@code windowStart}: the window start
     * first (zero-padded), so that a flush can forward partial sums oldest first.
     */
    static String bufferKey(String downstreamKey, long windowStart) {
        if (windowStart < 0) {
            return String.format("%020d", windowStart) + SEPARATOR + downstreamKey;
        }
        String digits = Long.toString(windowStart);
        StringBuilder key = new StringBuilder(KEY_DIGITS + 1 + downstreamKey.length());
        key.append(ZEROS, 0, KEY_DIGITS - digits.length()).append(digits).append(SEPARATOR).append(downstreamKey);
        return key.toString();
    }

    @Override
    public void init(ProcessorContext<String, P> context) {
        this.context = context;
        this.buffer = context.getStateStore(store);
        pending.clear();
        try (KeyValueIterator<String, P> all = buffer.all()) {
            all.forEachRemaining(entry -> pending.put(entry.key, entry.value));
        }
        context.schedule(flushInterval, PunctuationType.WALL_CLOCK_TIME, now -> flush());
    }

    @Override
    public void process(Record<String, I> record) {
        spec.contribute(record.value(), (key, partial) -> buffer.put(key, pending.merge(key, partial, spec::merge)));
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<KeyValue<String, P>> partials = new ArrayList<>(pending.size());
        pending.forEach((key, partial) -> partials.add(KeyValue.pair(key, partial)));
        partials.sort(Comparator.<KeyValue<String, P>>comparingLong(partial -> spec.timestamp(partial.key, partial.value))
            .thenComparing(partial -> partial.key));
        for (KeyValue<String, P> partial : partials) {
            context.forward(new Record<>(spec.downstreamKey(partial.key, partial.value), partial.value,
                spec.timestamp(partial.key, partial.value)));
            buffer.delete(partial.key);
            pending.remove(partial.key);
        }
    }
}
