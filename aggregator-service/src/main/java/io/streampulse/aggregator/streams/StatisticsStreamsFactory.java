package io.streampulse.aggregator.streams;

import io.micronaut.configuration.kafka.streams.ConfiguredStreamBuilder;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.streampulse.aggregator.topology.StatisticsMetrics;
import io.streampulse.aggregator.topology.StatisticsTopology;
import io.streampulse.aggregator.topology.TopologySettings;
import io.streampulse.contracts.stream.StreamObserved;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.apache.kafka.streams.AutoOffsetReset;
import org.apache.kafka.streams.kstream.KStream;

/**
 * Hands micronaut-kafka-streams' builder (configured from {@code kafka.streams.default.*}) to the pure
 * {@link StatisticsTopology}; micronaut-kafka-streams then starts and stops the KafkaStreams and reports
 * its state in readiness ({@code kafkaStreams}).
 */
@Factory
class StatisticsStreamsFactory {

    @Singleton
    TopologySettings topologySettings(AggregatorSettings settings, StatisticsMetrics metrics,
                                      @Property(name = "streampulse.service-name") String serviceName) {
        return new TopologySettings(settings.maxObservationGap(), settings.grace(), settings.leaderboardSize(),
            settings.leaderboardInterval(), settings.scheduleWeeks(), settings.eventDedupeWindow(),
            settings.preAggregationInterval(), settings.inputOffsetReset() == AggregatorSettings.InputOffsetReset.LATEST
                ? AutoOffsetReset.latest() : AutoOffsetReset.earliest(),
            serviceName, Clock.systemUTC(), metrics);
    }

    @Singleton
    KStream<String, StreamObserved> statistics(ConfiguredStreamBuilder builder, TopologySettings settings) {
        return StatisticsTopology.build(builder, settings);
    }
}
