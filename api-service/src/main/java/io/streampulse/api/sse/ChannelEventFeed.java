package io.streampulse.api.sse;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.streampulse.api.twitch.ChannelLookup;
import io.streampulse.api.twitch.ChannelRef;
import io.streampulse.contracts.channel.ChannelEventReceived;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.runtime.error.Errors;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kafka edge of the live push: one thread per replica reads every partition of twitch.channel.events.v1 (no
 * group: each replica serves its own clients, so each needs every event), from the end at start-up, and hands each
 * event to {@link ChannelStreams}. Until the topic exists (ingest creates it) the feed keeps asking.
 */
@Singleton
class ChannelEventFeed {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelEventFeed.class);
    private static final String TOPIC = Topics.CHANNEL_EVENTS.name();
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration EVICT_EVERY = Duration.ofSeconds(10);

    private final FeedConsumers consumers;
    private final ChannelStreams streams;
    private final ChannelLookup channels;
    private final SseMetrics metrics;
    private final SseSettings settings;
    private final FrameEncoder encoder = new FrameEncoder();
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    ChannelEventFeed(FeedConsumers consumers, ChannelStreams streams, ChannelLookup channels, SseMetrics metrics,
                     SseSettings settings) {
        this.consumers = consumers;
        this.streams = streams;
        this.channels = channels;
        this.metrics = metrics;
        this.settings = settings;
    }

    @EventListener
    void start(StartupEvent event) {
        thread = new Thread(this::run, "api-sse-feed");
        thread.setDaemon(true);
        thread.start();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            thread.join(Duration.ofSeconds(10).toMillis());
        }
    }

    private void run() {
        try (KafkaConsumer<String, byte[]> feed = consumers.create("api-sse-feed")) {
            consumer = feed;
            if (assign(feed)) {
                follow(feed);
            }
        } catch (WakeupException e) {
            LOG.debug("Feed stopped");
        } catch (RuntimeException e) {
            LOG.error("The live event feed stopped: {}", Errors.rootCause(e), e);
        }
    }

    /** Assigns every partition, from its end; waits while the topic does not exist yet. */
    private boolean assign(KafkaConsumer<String, byte[]> feed) {
        while (running) {
            List<PartitionInfo> partitions = partitionsOf(feed);
            if (!partitions.isEmpty()) {
                List<TopicPartition> assigned = partitions.stream()
                    .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
                feed.assign(assigned);
                Map<TopicPartition, Long> ends = feed.endOffsets(assigned);
                long[] start = new long[assigned.size()];
                ends.forEach((tp, end) -> {
                    feed.seek(tp, end);
                    start[tp.partition()] = end;
                });
                streams.start(start);
                LOG.info("Live event feed follows {} partitions of {}", assigned.size(), TOPIC);
                return true;
            }
            pause();
        }
        return false;
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WakeupException();
        }
    }

    private static List<PartitionInfo> partitionsOf(KafkaConsumer<String, byte[]> feed) {
        try {
            List<PartitionInfo> partitions = feed.partitionsFor(TOPIC, Duration.ofSeconds(5));
            return partitions == null ? List.of() : partitions;
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            return List.of();
        }
    }

    private void follow(KafkaConsumer<String, byte[]> feed) {
        long nextEviction = System.nanoTime() + EVICT_EVERY.toNanos();
        while (running) {
            try {
                for (ConsumerRecord<String, byte[]> record : feed.poll(POLL)) {
                    dispatch(record);
                    streams.advanced(record.partition(), record.offset() + 1);
                }
            } catch (WakeupException e) {
                throw e;
            } catch (RuntimeException e) {
                LOG.warn("Live event feed: {}; going on", Errors.rootCause(e));
            }
            if (System.nanoTime() > nextEviction) {
                streams.evictIdle(settings.idleChannel().toMillis());
                nextEviction = System.nanoTime() + EVICT_EVERY.toNanos();
            }
        }
    }

    private void dispatch(ConsumerRecord<String, byte[]> record) {
        Optional<FrameEncoder.Encoded> encoded = encoder.encode(record);
        if (encoded.isEmpty()) {
            metrics.skipped();
            return;
        }
        ChannelEventReceived event = encoded.get().event();
        channels.remember(new ChannelRef(event.broadcasterId(), event.broadcasterLogin().toLowerCase(Locale.ROOT),
            event.broadcasterName()));
        int cut = streams.publish(event.broadcasterId(), record.partition(), encoded.get().frame());
        if (cut > 0) {
            metrics.cutOff(cut);
        }
    }
}
