package io.streampulse.aggregator.topology;

import io.streampulse.contracts.event.Event;
import io.streampulse.contracts.topic.Topic;
import java.time.Duration;
import java.util.function.BiFunction;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Aggregator;
import org.apache.kafka.streams.kstream.Initializer;
import org.apache.kafka.streams.kstream.KGroupedStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The shape every windowed statistic shares: tumbling UTC windows with a grace for late records, an
 * aggregate in a changelogged window store, and each update written as a full statistics record under its
 * registry key to a compacted twitch.stats topic (so consumers upsert and replays converge). Records later
 * than the grace are dropped by Kafka Streams and counted in its {@code dropped-records-total} metric.
 */
final class WindowedStats {

    private WindowedStats() {
    }

    /** What one windowed statistic is made of. */
    record Definition<V, A, S extends Event>(
        String name,
        Duration windowSize,
        Initializer<A> initializer,
        Aggregator<String, V, A> aggregator,
        Serde<A> aggregateSerde,
        BiFunction<Windowed<String>, A, S> toStats,
        Topic<String, S> topic) {
    }

    static <V, A, S extends Event> void aggregate(KGroupedStream<String, V> grouped, Duration grace,
                                                  Definition<V, A, S> definition) {
        String name = definition.name();
        Topic<String, S> topic = definition.topic();
        grouped
            .windowedBy(TimeWindows.ofSizeAndGrace(definition.windowSize(), grace))
            .aggregate(definition.initializer(), definition.aggregator(), Named.as(name + "-aggregate"),
                Materialized.<String, A, WindowStore<Bytes, byte[]>>as(name)
                    .withKeySerde(topic.keySerde())
                    .withValueSerde(definition.aggregateSerde()))
            .toStream(Named.as(name + "-updates"))
            .map((window, aggregate) -> {
                S stats = definition.toStats().apply(window, aggregate);
                return KeyValue.pair(stats.key(), stats);
            }, Named.as(name + "-stats"))
            .to(topic.name(), Produced.with(topic.keySerde(), topic.valueSerde()).withName(name + "-sink"));
    }
}
