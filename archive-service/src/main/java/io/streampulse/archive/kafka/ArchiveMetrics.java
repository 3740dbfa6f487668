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
 * users, and outbox records sent. Dead letters are also counted by libs/runtime
 * ({@code streampulse_deadletter_records_total}).
 */
@Singleton
public class ArchiveMetrics {

    public static final String RECORDS = "streampulse.archive.records";
    public static final String SESSIONS_ENDED = "streampulse.archive.sessions.ended";

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
        count("streampulse.archive.snapshots.written", "Snapshot rows written", outcome.snapshots());
        count("streampulse.archive.events.stored", "Channel event rows written", outcome.eventsStored());
        count("streampulse.archive.events.erased", "Channel events deleted for revoking users", outcome.eventsErased());
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
