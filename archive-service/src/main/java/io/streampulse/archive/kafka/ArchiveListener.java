package io.streampulse.archive.kafka;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.streampulse.archive.ingest.ArchiveBatch;
import io.streampulse.archive.ingest.BatchOutcome;
import io.streampulse.archive.ingest.BatchProcessor;
import io.streampulse.archive.ingest.IsolatingProcessor;
import io.streampulse.archive.ingest.RetryBackoff;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kafka edge: consumes observations, lifecycle events, channel events and revocations in batches (group
 * {@code streampulse-archive}), decodes them without throwing, and hands the batch to the {@link IsolatingProcessor},
 * which dead-letters what it cannot use (records PostgreSQL refuses included) and commits every effect with the
 * consumed offsets in PostgreSQL. Kafka offsets are committed after that (at least once; a redelivery is skipped by
 * the stored offsets).
 *
 * <p>A batch that fails for a transient reason (PostgreSQL or Kafka unavailable) is retried from its first offsets,
 * never skipped: Micronaut seeks back and pauses the partitions for {@code archive.consumer.retry-delay} (the consumer
 * stays in its group), and the {@link RetryBackoff} gate turns every batch away, of any partition, until the pause
 * after the n-th consecutive failure ({@code retry-delay * 2^(n-1)}, at most {@code archive.consumer.max-retry-delay})
 * is over.
 * Partitions moving between replicas drop the in-memory state: it is reloaded from PostgreSQL.
 */
@KafkaListener(groupId = "${archive.consumer.group-id}", batch = true, offsetReset = OffsetReset.EARLIEST,
    offsetStrategy = OffsetStrategy.SYNC, threads = 1,
    errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR,
        retryDelay = "${archive.consumer.retry-delay}", retryCountValue = "${archive.consumer.retry-count}"))
class ArchiveListener implements ConsumerRebalanceListener {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveListener.class);

    private final RecordDecoder decoder = new RecordDecoder();
    private final BatchProcessor processor;
    private final IsolatingProcessor isolating;
    private final DeadLetterRejections rejections;
    private final ArchiveMetrics metrics;
    private final RetryBackoff backoff;
    private final Clock clock;

    ArchiveListener(BatchProcessor processor, DeadLetterRejections rejections, ArchiveMetrics metrics,
                    RetryBackoff backoff, Clock clock) {
        this.processor = processor;
        this.isolating = new IsolatingProcessor(processor);
        this.rejections = rejections;
        this.metrics = metrics;
        this.backoff = backoff;
        this.clock = clock;
    }

    @Topic({RecordDecoder.OBSERVATIONS, RecordDecoder.LIFECYCLE, RecordDecoder.CHANNEL_EVENTS,
        RecordDecoder.USERS_REVOKED})
    void receive(ConsumerRecords<String, byte[]> records) throws SQLException {
        if (!backoff.mayAttempt(clock.instant())) {
            throw new BackingOff();
        }
        ArchiveBatch batch = decoder.decode(records);
        try {
            BatchOutcome outcome = isolating.process(batch, rejections);
            backoff.succeeded();
            metrics.batch(records.count(), outcome);
        } catch (SQLException | RuntimeException e) {
            Duration pause = backoff.failed(clock.instant());
            metrics.batchRetried();
            LOG.warn("A batch of {} records failed ({} in a row) and will be retried in {}: {}", records.count(),
                backoff.consecutiveFailures(), pause, e.toString());
            throw e;
        }
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        processor.forgetCachedState();
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        processor.forgetCachedState();
        LOG.info("Assigned {} partitions", partitions.size());
    }

    /** Thrown while the backoff after a failure lasts: Micronaut seeks back and pauses again; nothing is logged. */
    private static final class BackingOff extends RuntimeException {

        private static final long serialVersionUID = 1L;

        BackingOff() {
            super("backing off after a failed batch", null, false, false);
        }
    }
}
