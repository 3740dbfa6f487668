package io.streampulse.aggregator.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.MockProcessorContext.CapturedForward;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The per-task buffer in front of a repartition: sums per key and window, sent on oldest first, then forgotten. */
class PartialSumsTest {

    private static final String STORE = "test-partial-sums";
    private static final long TEN = 36_000_000L;
    private static final long ELEVEN = 39_600_000L;

    /** A contribution of {@code amount} to {@code key} in the window starting at {@code windowStart}. */
    private record Contribution(String key, long windowStart, long amount) {
    }

    private static final PartialSums.Spec<Contribution, Long> SUMS = new PartialSums.Spec<>() {
        @Override
        public void contribute(Contribution input, BiConsumer<String, Long> partials) {
            partials.accept(PartialSums.bufferKey(input.key(), input.windowStart()), input.amount());
        }

        @Override
        public Long merge(Long earlier, Long later) {
            return earlier + later;
        }

        @Override
        public long timestamp(String bufferKey, Long partial) {
            return Long.parseLong(bufferKey.substring(0, 20));
        }

        @Override
        public String downstreamKey(String bufferKey, Long partial) {
            return bufferKey.substring(21);
        }
    };

    @Test
    void aBufferRestoredFromItsChangelogIsSummedOnAndSentAtTheNextFlush() {
        // Given a buffer store that still holds a partial sum when the task starts (restored after a restart)
        MockProcessorContext<String, Long> context = new MockProcessorContext<>();
        KeyValueStore<String, Long> buffer = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(STORE),
            Serdes.String(), Serdes.Long()).withLoggingDisabled().build();
        buffer.init(context.getStateStoreContext(), buffer);
        context.addStateStore(buffer);
        buffer.put(PartialSums.bufferKey("game-a", ELEVEN), 5L);
        PartialSums<Contribution, Long> sums = new PartialSums<>(STORE, SUMS, Duration.ofSeconds(1));
        sums.init(context);

        // When contributions arrive and the flush interval passes
        sums.process(new Record<>("channel-1", new Contribution("game-a", ELEVEN, 3), ELEVEN));
        sums.process(new Record<>("channel-2", new Contribution("game-b", TEN, 2), TEN));
        sums.process(new Record<>("channel-3", new Contribution("game-a", ELEVEN, 4), ELEVEN));
        context.scheduledPunctuators().get(0).getPunctuator().punctuate(0);

        // Then each key's sum (the restored part included) is sent once, oldest window first, and the store is empty
        assertThat(context.forwarded()).extracting(CapturedForward::record)
            .extracting(Record::key, Record::value, Record::timestamp)
            .containsExactly(tuple("game-b", 2L, TEN), tuple("game-a", 12L, ELEVEN));
        assertThat(contents(buffer)).isEmpty();

        // And a flush with nothing new sends nothing
        context.resetForwards();
        context.scheduledPunctuators().get(0).getPunctuator().punctuate(1_000);
        assertThat(context.forwarded()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 7, 1_719_964_800_000L, 99_999_999_999_999_999L, Long.MAX_VALUE, -300_000L, Long.MIN_VALUE})
    void aBufferKeyIsTheZeroPaddedWindowStartThenTheDownstreamKey(long windowStart) {
        // Given a downstream key and a window start
        String downstreamKey = "just chatting|x";

        // When its buffer key is made
        String bufferKey = PartialSums.bufferKey(downstreamKey, windowStart);

        // Then it keeps its format (buffers restored from a changelog still read): %020d, a NUL, the downstream key
        assertThat(bufferKey).isEqualTo(String.format("%020d", windowStart) + '\u0000' + downstreamKey);
    }

    private static List<KeyValue<String, Long>> contents(KeyValueStore<String, Long> store) {
        try (KeyValueIterator<String, Long> all = store.all()) {
            List<KeyValue<String, Long>> entries = new ArrayList<>();
            all.forEachRemaining(entries::add);
            return entries;
        }
    }
}
