package io.streampulse.aggregator.sink;

import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Property;
import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.IsolationLevel;

/**
 * The Kafka edge of the sink: consumes the compacted statistics topics in batches (only committed
 * transactions: the topology writes with exactly-once) and hands each batch to {@link StatsSink}. Offsets
 * are committed here, only after the batch was written; a batch that could not be written is sought back
 * to and polled again, so nothing is skipped while PostgreSQL or Redis is down.
 */
@KafkaListener(groupId = "${streampulse.aggregator.sink.group-id}", batch = true, offsetReset = OffsetReset.EARLIEST,
    offsetStrategy = OffsetStrategy.DISABLED, isolation = IsolationLevel.READ_COMMITTED,
    properties = @Property(name = ConsumerConfig.MAX_POLL_RECORDS_CONFIG, value = "2000"))
class StatsSinkListener {

    private final StatsSink sink;

    StatsSinkListener(StatsSink sink) {
        this.sink = sink;
    }

    /** Annotation values must be constants; {@code StatsSinkTopicsTest} checks them against the registry. */
    @Topic({"twitch.stats.channel-daily.v1", "twitch.stats.game-hourly.v1", "twitch.stats.game-daily.v1",
        "twitch.stats.tag-daily.v1", "twitch.stats.platform-5m.v1", "twitch.stats.channel-schedule.v1",
        "twitch.stats.channel-events-daily.v1", "twitch.stats.leaderboard.v1"})
    void receive(List<ConsumerRecord<String, byte[]>> records, Consumer<?, ?> consumer) {
        if (records.isEmpty()) {
            return;
        }
        if (sink.write(records)) {
            consumer.commitSync(BatchOffsets.next(records));
        } else {
            BatchOffsets.first(records).forEach(consumer::seek);
        }
    }
}
