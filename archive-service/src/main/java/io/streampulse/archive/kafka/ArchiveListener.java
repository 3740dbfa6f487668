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
import java.sql.SQLException;
import java.util.Collection;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kafka edge: consumes observations, lifecycle events, channel events and revocations in batches (group
 * {@code streampulse-archive}), decodes them without throwing, and hands the batch to the {@link BatchProcessor},
 * which dead-letters what it cannot use and commits every effect with the consumed offsets in one PostgreSQL
 * transaction. Kafka offsets are committed after that (at least once; a redelivery is skipped by the stored
 * offsets). A failing batch (database down) is retried from its first offsets after a pause, never skipped.
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
    private final DeadLetterRejections rejections;
    private final ArchiveMetrics metrics;

    ArchiveListener(BatchProcessor processor, DeadLetterRejections rejections, ArchiveMetrics metrics) {
        this.processor = processor;
        this.rejections = rejections;
        this.metrics = metrics;
    }

    @Topic({RecordDecoder.OBSERVATIONS, RecordDecoder.LIFECYCLE, RecordDecoder.CHANNEL_EVENTS,
        RecordDecoder.USERS_REVOKED})
    void receive(ConsumerRecords<String, byte[]> records) throws SQLException {
        ArchiveBatch batch = decoder.decode(records);
        try {
            BatchOutcome outcome = processor.process(batch, rejections);
            metrics.batch(records.count(), outcome);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("A batch of {} records failed and will be retried: {}", records.count(), e.toString());
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
}
