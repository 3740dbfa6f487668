package io.streampulse.aggregator.streams;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.streampulse.aggregator.topology.StatisticsMetrics;
import io.streampulse.runtime.deadletter.DeadLetterPublisher;
import jakarta.inject.Singleton;

/**
 * The topology's counters in Micrometer: dead letters under the name every service uses
 * ({@code streampulse_deadletter_records_total{source_topic,error_type}}), ignored out-of-order observations
 * and duplicate channel events. Late records dropped after the grace are Kafka Streams' own
 * {@code dropped-records-total}, which micronaut-kafka-streams binds to Micrometer.
 */
@Singleton
class MicrometerStatisticsMetrics implements StatisticsMetrics {

    private final MeterRegistry meters;
    private final Counter outOfOrder;
    private final Counter duplicates;

    MicrometerStatisticsMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.outOfOrder = Counter.builder("streampulse.aggregator.observations.out.of.order")
            .description("Observations ignored because they were not newer than the channel's latest")
            .register(meters);
        this.duplicates = Counter.builder("streampulse.aggregator.channel.events.duplicate")
            .description("Channel events ignored because their event id was already counted")
            .register(meters);
    }

    @Override
    public void deadLettered(String sourceTopic, String errorType) {
        Counter.builder(DeadLetterPublisher.METRIC)
            .description("Records sent to the dead-letter topic")
            .tag("source_topic", sourceTopic)
            .tag("error_type", errorType)
            .register(meters)
            .increment();
    }

    @Override
    public void observationOutOfOrder() {
        outOfOrder.increment();
    }

    @Override
    public void channelEventDuplicate() {
        duplicates.increment();
    }
}
