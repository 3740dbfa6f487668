package io.streampulse.ingest.wiring;

import io.micronaut.configuration.kafka.ConsumerAware;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.streampulse.contracts.codec.Decoded;
import io.streampulse.contracts.codec.JsonSerde;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.contracts.watchlist.ChannelWatched;
import io.streampulse.ingest.subscription.SubscriptionManager;
import io.streampulse.ingest.subscription.WatchedChannel;
import io.streampulse.ingest.subscription.Watchlist;
import io.streampulse.runtime.deadletter.DeadLetterPublisher;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads twitch.watchlist.v1 (group {@code streampulse-ingest}) into the {@link Watchlist}: every assigned partition
 * from its beginning (the topic is compacted: it is the whole list), marked loaded once read up to the end it had
 * when assigned, which triggers a full reconcile. Later records reconcile their channel; tombstones remove it;
 * invalid records are dead-lettered. Partitions moving to another replica take their channels with them.
 */
@KafkaListener(groupId = "${streampulse.subscriptions.group-id}", clientId = "ingest-watchlist",
    offsetReset = OffsetReset.EARLIEST, offsetStrategy = OffsetStrategy.DISABLED)
@Requires(property = "streampulse.subscriptions.enabled", value = "true")
class WatchlistListener implements ConsumerRebalanceListener, ConsumerAware<String, byte[]> {

    private static final JsonSerde<ChannelWatched> SERDE = JsonSerde.of(ChannelWatched.class);

    private final Watchlist watchlist;
    private final SubscriptionManager manager;
    private final DeadLetterPublisher deadLetters;
    private final Map<Integer, Long> loadUpTo = new ConcurrentHashMap<>();
    private volatile Consumer<String, byte[]> consumer;

    WatchlistListener(Watchlist watchlist, SubscriptionManager manager, DeadLetterPublisher deadLetters) {
        this.watchlist = watchlist;
        this.manager = manager;
        this.deadLetters = deadLetters;
    }

    @Override
    public void setKafkaConsumer(Consumer<String, byte[]> kafkaConsumer) {
        this.consumer = kafkaConsumer;
    }

    @Topic("twitch.watchlist.v1")
    void receive(ConsumerRecord<String, byte[]> record) {
        int partition = record.partition();
        Decoded<ChannelWatched> decoded = SERDE.decode(record.headers(), record.value());
        if (decoded instanceof Decoded.Valid<ChannelWatched> valid) {
            watchlist.put(partition, new WatchedChannel(valid.value().broadcasterId(),
                valid.value().wantsAuthorizedEvents()));
        } else if (decoded instanceof Decoded.Tombstone<ChannelWatched> && record.key() != null) {
            watchlist.remove(partition, record.key());
        } else if (decoded instanceof Decoded.Invalid<ChannelWatched> invalid) {
            deadLetters.publish(record.topic(), partition, record.offset(), record.key(), record.value(),
                invalid.problem().name().toLowerCase(Locale.ROOT), invalid.reason());
        }
        if (watchlist.isLoaded(partition)) {
            if (record.key() != null) {
                manager.channelChanged(record.key());
            }
        } else if (record.offset() + 1 >= loadUpTo.getOrDefault(partition, Long.MAX_VALUE)) {
            loaded(partition);
        }
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        int count = consumer.partitionsFor(Topics.WATCHLIST.name()).size();
        watchlist.assign(partitions.stream().map(TopicPartition::partition).toList(), count);
        ends.forEach((tp, end) -> {
            loadUpTo.put(tp.partition(), end);
            if (end <= consumer.beginningOffsets(List.of(tp)).get(tp)) {
                loaded(tp.partition());
            }
        });
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        watchlist.revoke(partitions.stream().map(TopicPartition::partition).toList());
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
        onPartitionsRevoked(partitions);
    }

    /** Periodic repair: re-creates failed or revoked subscriptions, deletes orphans. */
    @Scheduled(fixedDelay = "${streampulse.subscriptions.reconcile-interval}",
        initialDelay = "${streampulse.subscriptions.reconcile-interval}")
    void reconcilePeriodically() {
        manager.reconcileAll();
    }

    private void loaded(int partition) {
        watchlist.markLoaded(partition);
        if (watchlist.allAssignedLoaded()) {
            manager.reconcileAll();
        }
    }
}
