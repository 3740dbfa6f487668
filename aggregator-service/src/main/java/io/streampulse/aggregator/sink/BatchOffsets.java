package io.streampulse.aggregator.sink;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** Per partition of a batch: where it started (to poll it again) and where the next batch starts (to commit). */
final class BatchOffsets {

    private BatchOffsets() {
    }

    static Map<TopicPartition, Long> first(List<? extends ConsumerRecord<?, ?>> records) {
        Map<TopicPartition, Long> first = new HashMap<>();
        records.forEach(record -> first.merge(partition(record), record.offset(), Math::min));
        return first;
    }

    static Map<TopicPartition, OffsetAndMetadata> next(List<? extends ConsumerRecord<?, ?>> records) {
        Map<TopicPartition, Long> last = new HashMap<>();
        records.forEach(record -> last.merge(partition(record), record.offset(), Math::max));
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        last.forEach((partition, offset) -> next.put(partition, new OffsetAndMetadata(offset + 1)));
        return next;
    }

    private static TopicPartition partition(ConsumerRecord<?, ?> record) {
        return new TopicPartition(record.topic(), record.partition());
    }
}
