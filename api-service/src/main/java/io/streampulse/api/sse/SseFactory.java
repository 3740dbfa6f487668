package io.streampulse.api.sse;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.configuration.kafka.config.KafkaDefaultConfiguration;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.streampulse.contracts.topic.Topics;
import jakarta.inject.Singleton;
import java.time.Duration;

/** Builds the live-push classes from the {@code streampulse.api.sse.*} settings. */
@Factory
class SseFactory {

    @Singleton
    SseSettings sseSettings(@Property(name = "streampulse.api.sse.ring-size") int ringSize,
                            @Property(name = "streampulse.api.sse.client-buffer") int clientBuffer,
                            @Property(name = "streampulse.api.sse.heartbeat") Duration heartbeat,
                            @Property(name = "streampulse.api.sse.retry") Duration retry,
                            @Property(name = "streampulse.api.sse.fetch-max-wait") Duration fetchMaxWait,
                            @Property(name = "streampulse.api.sse.idle-channel") Duration idleChannel,
                            @Property(name = "streampulse.api.sse.replay-max-records") int replayMaxRecords,
                            @Property(name = "streampulse.api.sse.replay-timeout") Duration replayTimeout) {
        return new SseSettings(ringSize, clientBuffer, heartbeat, retry, fetchMaxWait, idleChannel, replayMaxRecords,
            replayTimeout);
    }

    @Singleton
    ChannelStreams channelStreams(SseSettings settings) {
        return new ChannelStreams(settings.ringSize(), System::currentTimeMillis);
    }

    @Singleton
    FeedConsumers feedConsumers(KafkaDefaultConfiguration kafka, SseSettings settings) {
        return new FeedConsumers(kafka, settings.fetchMaxWait());
    }

    @Singleton
    EventReplay eventReplay(FeedConsumers consumers, SseSettings settings) {
        return new EventReplay(consumers, Topics.CHANNEL_EVENTS.name(), settings.replayMaxRecords(),
            settings.replayTimeout());
    }

    @Singleton
    SseMetrics sseMetrics(MeterRegistry registry, ChannelStreams streams) {
        return new SseMetrics(registry, streams);
    }
}
