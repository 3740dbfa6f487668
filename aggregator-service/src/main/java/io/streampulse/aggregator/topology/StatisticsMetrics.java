package io.streampulse.aggregator.topology;

/**
 * Counters of the topology, implemented by the service with Micrometer. Records dropped because they
 * came after their window's grace are counted by Kafka Streams itself ({@code dropped-records-total}).
 */
public interface StatisticsMetrics {

    /** Counts nothing (tests that do not look at counters). */
    StatisticsMetrics NONE = new StatisticsMetrics() {
        @Override
        public void deadLettered(String sourceTopic, String errorType) {
        }

        @Override
        public void observationOutOfOrder() {
        }

        @Override
        public void channelEventDuplicate() {
        }
    };

    /** A record of {@code sourceTopic} went to the dead-letter topic. */
    void deadLettered(String sourceTopic, String errorType);

    /** An observation not newer than the channel's latest one (a duplicate or reordered record) was ignored. */
    void observationOutOfOrder();

    /** A channel event whose event id was already counted (an EventSub redelivery) was ignored. */
    void channelEventDuplicate();
}
