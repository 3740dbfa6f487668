package io.streampulse.aggregator.topology;

import java.util.ArrayList;
import java.util.List;

/** A {@link StatisticsMetrics} that remembers what it was told, for assertions. */
final class RecordingMetrics implements StatisticsMetrics {

    final List<String> deadLetters = new ArrayList<>();
    int outOfOrder;
    int duplicates;

    @Override
    public void deadLettered(String sourceTopic, String errorType) {
        deadLetters.add(sourceTopic + ":" + errorType);
    }

    @Override
    public void observationOutOfOrder() {
        outOfOrder++;
    }

    @Override
    public void channelEventDuplicate() {
        duplicates++;
    }
}
