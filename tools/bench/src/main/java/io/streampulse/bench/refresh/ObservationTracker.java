package io.streampulse.bench.refresh;

import io.streampulse.bench.stats.Samples;
import io.streampulse.contracts.codec.Decoded;
import io.streampulse.contracts.codec.JsonSerde;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.topic.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Follows twitch.streams.observations.v1 from its beginning (a plain assigned consumer, no group) and keeps,
 * per broadcaster, the time of its latest observation ({@code occurred_at}: when refresh got the Helix answer).
 * Staleness = the gap between two successive observations of a stream; gaps whose later observation falls in
 * the measuring window are collected. After {@link #mark(long)} it also records, per broadcaster, the first
 * observation after the mark and the gap across it (a fault's extra delay).
 */
final class ObservationTracker implements AutoCloseable {

    private static final JsonSerde<StreamObserved> SERDE = JsonSerde.of(StreamObserved.class);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, Long> latest = new ConcurrentHashMap<>();
    private final Map<String, Long> firstAfterMark = new ConcurrentHashMap<>();
    private final Map<String, Long> gapAcrossMark = new ConcurrentHashMap<>();
    private final Samples gaps = new Samples();
    private final Samples[] gapsByPartition = new Samples[Topics.STREAMS_OBSERVATIONS.partitions()];
    private final Map<Long, AtomicLong> observationsPer10s = new ConcurrentHashMap<>();
    private final AtomicLong observations = new AtomicLong();
    private final Map<Long, AtomicLong> observationsPer100ms = new ConcurrentHashMap<>();
    private final AtomicLong newest = new AtomicLong();
    private final long[] newestByPartition = new long[Topics.STREAMS_OBSERVATIONS.partitions()];
    private final Thread thread;
    private volatile long windowFrom = Long.MAX_VALUE;
    private volatile long windowTo = Long.MAX_VALUE;
    private volatile long mark = Long.MAX_VALUE;
    private volatile boolean running = true;

    private ObservationTracker(String bootstrap) {
        Properties config = new Properties();
        config.put("bootstrap.servers", bootstrap);
        config.put("enable.auto.commit", "false");
        config.put("max.poll.records", "5000");
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (int p = 0; p < Topics.STREAMS_OBSERVATIONS.partitions(); p++) {
            partitions.add(new TopicPartition(Topics.STREAMS_OBSERVATIONS.name(), p));
        }
        consumer.assign(partitions);
        for (int p = 0; p < gapsByPartition.length; p++) {
            gapsByPartition[p] = new Samples();
        }
        consumer.seekToBeginning(partitions);
        thread = new Thread(this::run, "observation-tracker");
        thread.setDaemon(true);
    }

    static ObservationTracker start(String bootstrap) {
        ObservationTracker tracker = new ObservationTracker(bootstrap);
        tracker.thread.start();
        return tracker;
    }

    /** Collects the gaps whose later observation is in [from, to) (epoch millis). */
    void measureGaps(long fromMillis, long toMillis) {
        windowFrom = fromMillis;
        windowTo = toMillis;
    }

    Samples gaps() {
        return gaps;
    }

    /** The window's gaps of the streams of one partition (partitions are what replicas own). */
    Samples gaps(int partition) {
        return gapsByPartition[partition];
    }

    /** Observations (by observation time) in each 10 s slot of the window, oldest first. */
    List<Long> observationsPer10s() {
        return new java.util.TreeMap<>(observationsPer10s).values().stream().map(AtomicLong::get).toList();
    }

    /** From now on, records each broadcaster's first observation after {@code atMillis} and the gap across it. */
    void mark(long atMillis) {
        firstAfterMark.clear();
        gapAcrossMark.clear();
        mark = atMillis;
    }

    long observations() {
        return observations.get();
    }

    /**
     * Observations whose time is in [from, to) (epoch millis, to 100 ms): the count to set against counters read
     * at those two moments.
     */
    long observationsBetween(long fromMillis, long toMillis) {
        return observationsPer100ms.entrySet().stream()
            .filter(e -> e.getKey() * 100 >= fromMillis && e.getKey() * 100 < toMillis)
            .mapToLong(e -> e.getValue().get()).sum();
    }

    /** The latest observation time seen on any partition. */
    long newestMillis() {
        return newest.get();
    }

    /** How far the tracker has read every partition: the oldest of the partitions' latest observation times. */
    synchronized long readUpToMillis() {
        return java.util.Arrays.stream(newestByPartition).min().orElse(0);
    }

    /** Latest observation of the broadcaster (epoch millis), or 0 when never observed. */
    long latest(String broadcasterId) {
        return latest.getOrDefault(broadcasterId, 0L);
    }

    /** How many of {@code broadcasters} were observed after the mark. */
    long observedAfterMark(Collection<String> broadcasters) {
        return broadcasters.stream().filter(firstAfterMark::containsKey).count();
    }

    /** The latest "first observation after the mark" among {@code broadcasters}; 0 when one is still missing. */
    long allObservedAgainAt(Collection<String> broadcasters) {
        long last = 0;
        for (String b : broadcasters) {
            Long first = firstAfterMark.get(b);
            if (first == null) {
                return 0;
            }
            last = Math.max(last, first);
        }
        return last;
    }

    /** Gaps across the mark (first observation after it minus the one before), of those observed again. */
    Samples gapsAcrossMark(Collection<String> broadcasters) {
        Samples across = new Samples();
        broadcasters.forEach(b -> {
            Long gap = gapAcrossMark.get(b);
            if (gap != null) {
                across.add(gap);
            }
        });
        return across;
    }

    private void run() {
        while (running) {
            for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                if (r.key() != null && SERDE.decode(r.headers(), r.value()) instanceof Decoded.Valid<StreamObserved> v) {
                    observed(r.key(), r.partition(), v.value().occurredAt().toEpochMilli());
                }
            }
        }
        consumer.close(Duration.ofSeconds(2));
    }

    private void observed(String broadcaster, int partition, long at) {
        observations.incrementAndGet();
        newest.accumulateAndGet(at, Math::max);
        synchronized (this) {
            newestByPartition[partition] = Math.max(newestByPartition[partition], at);
        }
        observationsPer100ms.computeIfAbsent(at / 100, k -> new AtomicLong()).incrementAndGet();
        Long previous = latest.put(broadcaster, at);
        if (previous == null) {
            return;
        }
        if (previous > at) {
            latest.put(broadcaster, previous);
            return;
        }
        if (at >= windowFrom && at < windowTo) {
            gaps.add(at - previous);
            gapsByPartition[partition].add(at - previous);
            observationsPer10s.computeIfAbsent((at - windowFrom) / 10_000, k -> new AtomicLong()).incrementAndGet();
        }
        if (at > mark && firstAfterMark.putIfAbsent(broadcaster, at) == null) {
            gapAcrossMark.put(broadcaster, at - previous);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5_000);
    }
}
