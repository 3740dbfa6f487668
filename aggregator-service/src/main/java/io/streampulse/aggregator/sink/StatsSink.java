package io.streampulse.aggregator.sink;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.streampulse.contracts.codec.Decoded;
import io.streampulse.contracts.codec.JsonSerde;
import io.streampulse.contracts.event.Event;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.runtime.deadletter.DeadLetterPublisher;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one batch of statistics records: decodes them (anything undecodable is dead-lettered with its
 * reason), keeps the latest value per key, upserts the rollups in one PostgreSQL transaction, then replaces
 * the Redis leaderboards. Both writes are idempotent. A failure is retried with backoff for a while; if it
 * persists, the batch is reported unwritten so the listener polls it again (the consumer stays in its group).
 */
@Singleton
class StatsSink {

    private static final Logger LOG = LoggerFactory.getLogger(StatsSink.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(30);

    private final RollupWriter rollups;
    private final LeaderboardWriter leaderboards;
    private final DeadLetterPublisher deadLetters;
    private final Counter written;
    private final Counter failures;

    StatsSink(RollupWriter rollups, LeaderboardWriter leaderboards, DeadLetterPublisher deadLetters, MeterRegistry meters) {
        this.rollups = rollups;
        this.leaderboards = leaderboards;
        this.deadLetters = deadLetters;
        this.written = Counter.builder("streampulse.aggregator.sink.records")
            .description("Statistics records written to PostgreSQL and Redis").register(meters);
        this.failures = Counter.builder("streampulse.aggregator.sink.failures")
            .description("Failed attempts to write a batch of statistics (retried)").register(meters);
    }

    /** True when the batch is written (or had nothing to write); false when it must be polled again. */
    boolean write(List<ConsumerRecord<String, byte[]>> records) {
        StatsBatch batch = new StatsBatch();
        List<CompletableFuture<Void>> letters = records.stream().map(record -> decode(record, batch))
            .filter(letter -> letter != null).toList();
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        Duration backoff = FIRST_BACKOFF;
        while (true) {
            try {
                CompletableFuture.allOf(letters.toArray(CompletableFuture[]::new)).join();
                rollups.write(batch);
                leaderboards.write(batch.leaderboards());
                written.increment(records.size());
                return true;
            } catch (Exception e) {
                failures.increment();
                LOG.warn("Writing {} statistics records failed, retrying in {}: {}", records.size(), backoff, e.toString());
                if (System.nanoTime() + backoff.toNanos() > deadline || !pause(backoff)) {
                    return false;
                }
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(8)) > 0 ? Duration.ofSeconds(8)
                    : backoff.multipliedBy(2);
            }
        }
    }

    /** Adds a valid record to the batch; dead-letters anything else and returns the pending send. */
    private CompletableFuture<Void> decode(ConsumerRecord<String, byte[]> record, StatsBatch batch) {
        JsonSerde<?> serde = (JsonSerde<?>) Topics.byName(record.topic()).orElseThrow().valueSerde();
        Decoded<?> decoded = serde.decode(record.headers(), record.value());
        if (decoded instanceof Decoded.Valid<?> valid) {
            batch.add(record.topic(), (Event) valid.value());
            return null;
        }
        if (decoded instanceof Decoded.Invalid<?> invalid) {
            return deadLetters.publish(record.topic(), record.partition(), record.offset(), record.key(), record.value(),
                invalid.problem().name().toLowerCase(Locale.ROOT), invalid.reason()).thenAccept(sent -> { });
        }
        return null;
    }

    private static boolean pause(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
