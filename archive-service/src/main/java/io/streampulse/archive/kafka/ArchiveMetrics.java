package io.streampulse.archive.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.streampulse.archive.ingest.BatchOutcome;
import jakarta.inject.Singleton;
import java.util.Locale;

/**
 * The figures operators watch (Prometheus names in brackets): records by topic and outcome
 * ({@code streampulse_archive_records_total{topic,outcome=processed|redelivered|dead_lettered}}), sessions ended by
 * reason ({@code streampulse_archive_sessions_ended_total{reason}}), batch sizes
 * ({@code streampulse_archive_batch_records}), what stream records did
 * ({@code streampulse_archive_stream_records_total{outcome=opened|continued|absence_noted|ended|...|stale}}), the time of a batch's database writes
 * ({@code streampulse_archive_db_write_seconds}), snapshots and channel events written, events erased for revoking
 * users, outbox records sent, sessions swept ({@code streampulse_archive_sessions_swept_total}), batches retried after a
 * transient failure ({@code streampulse_archive_batch_retries_total}), records PostgreSQL refused
 * ({@code streampulse_archive_records_refused_total}) and the transactions spent isolating them
 * ({@code streampulse_archive_batch_isolation_attempts_total}). Dead letters are also counted by libs/runtime
 * ({@code streampulse_deadletter_records_total}).
 */
@Singleton
public class ArchiveMetrics {

    public static final String RECORDS = "streampulse.archive.records";
    public static final String SESSIONS_ENDED = "streampulse.archive.sessions.ended";
    public static final String SWEPT = "streampulse.archive.sessions.swept";
    public static final String RETRIED = "streampulse.archive.batch.retries";

    private final MeterRegistry meters;
    private final DistributionSummary batchSize;
    private final Timer dbWrite;

    ArchiveMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.batchSize = DistributionSummary.builder("streampulse.archive.batch.records")
            .description("Records per consumed batch").publishPercentileHistogram(false).register(meters);
        this.dbWrite = Timer.builder("streampulse.archive.db.write")
            .description("Time from a batch's first write to its commit").register(meters);
    }

    void batch(int records, BatchOutcome outcome) {
        batchSize.record(records);
        dbWrite.record(outcome.write());
        outcome.processed().forEach((topic, count) -> records(topic, "processed").increment(count));
        if (outcome.alreadyProcessed() > 0) {
            records("any", "redelivered").increment(outcome.alreadyProcessed());
        }
        if (outcome.rejected() > 0) {
            records("any", "dead_lettered").increment(outcome.rejected());
        }
        outcome.ended().forEach((reason, count) -> Counter.builder(SESSIONS_ENDED)
            .description("Sessions archived, by end reason").tag("reason", reason.name().toLowerCase(Locale.ROOT))
            .register(meters).increment(count));
        outcome.outcomes().forEach((what, count) -> Counter.builder("streampulse.archive.stream.records")
            .description("What observations and lifecycle events did to their channel's session")
            .tag("outcome", what.name().toLowerCase(Locale.ROOT)).register(meters).increment(count));
        count(SWEPT, "Sessions closed because their channel was not observed any more", outcome.swept());
        count("streampulse.archive.records.refused", "Records PostgreSQL refused, isolated and dead-lettered",
            outcome.refused());
        count("streampulse.archive.batch.isolation.attempts",
            "Extra transactions spent isolating records PostgreSQL refused", outcome.attempts() - 1);
        count("streampulse.archive.snapshots.written", "Snapshot rows written", outcome.snapshots());
        count("streampulse.archive.events.stored", "Channel event rows written", outcome.eventsStored());
        count("streampulse.archive.events.erased", "Channel events deleted for revoking users", outcome.eventsErased());
    }

    /** A batch failed for a transient reason and will be retried. */
    void batchRetried() {
        count(RETRIED, "Batches that failed for a transient reason (PostgreSQL or Kafka unavailable) and are retried",
            1);
    }

    public void outboxSent(int sent) {
        count("streampulse.archive.outbox.sent", "StreamEnded records relayed from the outbox", sent);
    }

    private Counter records(String topic, String outcome) {
        return Counter.builder(RECORDS).description("Records consumed, by topic and outcome")
            .tag("topic", topic).tag("outcome", outcome).register(meters);
    }

    private void count(String name, String description, int amount) {
        Counter counter = Counter.builder(name).description(description).register(meters);
        if (amount > 0) {
            counter.increment(amount);
        }
    }
}
