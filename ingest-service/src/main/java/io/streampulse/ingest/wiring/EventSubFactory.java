package io.streampulse.ingest.wiring;

import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.configuration.kafka.config.KafkaDefaultConfiguration;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.streampulse.ingest.discovery.DiscoveryMetrics;
import io.streampulse.ingest.discovery.KnownStreams;
import io.streampulse.ingest.discovery.OnlineStreamDiscovery;
import io.streampulse.ingest.discovery.RedisKnownStreams;
import io.streampulse.ingest.discovery.StreamDiscoveries;
import io.streampulse.ingest.eventsub.ProcessedMessages;
import io.streampulse.ingest.eventsub.RedisProcessedMessages;
import io.streampulse.ingest.eventsub.RevocationListener;
import io.streampulse.ingest.eventsub.WebhookMetrics;
import io.streampulse.ingest.eventsub.WebhookReceiver;
import io.streampulse.ingest.publish.EventPublisher;
import io.streampulse.runtime.deadletter.DeadLetterPublisher;
import io.streampulse.runtime.kafka.KafkaClientConfigs;
import io.streampulse.twitch.budget.Priority;
import io.streampulse.twitch.eventsub.EventSubSignatureVerifier;
import io.streampulse.twitch.helix.HelixClient;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The webhook receiver and the discovery publication, from Kafka, Redis and the {@code streampulse.*} settings. */
@Factory
class EventSubFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * One producer for every record ingest writes. A webhook answers within seconds, so a send waits at most
     * 5 s for metadata and 10 s for delivery unless {@code kafka.max.block.ms} / {@code kafka.delivery.timeout.ms}
     * say otherwise.
     */
    @Singleton
    @Bean(preDestroy = "close")
    KafkaEventPublisher eventPublisher(KafkaDefaultConfiguration kafka, DeadLetterPublisher deadLetters,
                                  @Property(name = "streampulse.service-name") String service) {
        Properties config = KafkaClientConfigs.producer(kafka, service + "-events");
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
        config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "10000");
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, "1");
        return new KafkaEventPublisher(new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer()),
            deadLetters);
    }

    @Singleton
    ProcessedMessages processedMessages(StatefulRedisConnection<String, String> redis,
                                        @Property(name = "streampulse.ingest.redis-prefix") String prefix,
                                        @Property(name = "streampulse.eventsub.dedupe-ttl") Duration ttl) {
        return new RedisProcessedMessages(redis, prefix, ttl);
    }

    @Singleton
    KnownStreams knownStreams(StatefulRedisConnection<String, String> redis,
                              @Property(name = "streampulse.ingest.redis-prefix") String prefix,
                              @Property(name = "streampulse.discovery.known-ttl") Duration ttl) {
        return new RedisKnownStreams(redis, prefix, ttl);
    }

    @Singleton
    DiscoveryMetrics discoveryMetrics(MeterRegistry meters) {
        return new DiscoveryMetrics(meters);
    }

    @Singleton
    StreamDiscoveries streamDiscoveries(KnownStreams known, EventPublisher publisher, DiscoveryMetrics metrics,
                                        Clock clock, @Named(TaskExecutors.IO) ExecutorService io) {
        return new StreamDiscoveries(known, publisher, metrics, clock, io);
    }

    @Singleton
    OnlineStreamDiscovery onlineStreamDiscovery(StreamDiscoveries discoveries, HelixClient helix,
                                                DiscoveryMetrics metrics,
                                                @Property(name = "streampulse.eventsub.online-lookup-timeout")
                                                Duration lookupTimeout) {
        return new OnlineStreamDiscovery(discoveries, helix.withPriority(Priority.DISCOVERY)::getStreams,
            lookupTimeout, metrics);
    }

    @Singleton
    WebhookReceiver webhookReceiver(EventSubSignatureVerifier verifier, ProcessedMessages processed,
                                    EventPublisher publisher, OnlineStreamDiscovery onlineStreams,
                                    List<RevocationListener> revocationListeners, MeterRegistry meters, Clock clock,
                                    @Property(name = "streampulse.service-name") String service,
                                    @Named(TaskExecutors.IO) ExecutorService io) {
        RevocationListener revocations = subscription -> revocationListeners.forEach(l -> l.revoked(subscription));
        return new WebhookReceiver(verifier, processed, publisher, onlineStreams, revocations,
            new WebhookMetrics(meters), clock, service, io);
    }
}
