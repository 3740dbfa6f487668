package io.streampulse.archive.ingest;

import io.streampulse.archive.session.Transition.Outcome;
import io.streampulse.contracts.stream.EndReason;
import java.time.Duration;
import java.util.Map;

/**
 * What one batch did, for the metrics.
 *
 * @param processed       records applied, by topic
 * @param alreadyProcessed records skipped because an earlier batch had processed them (redelivery)
 * @param rejected        records dead-lettered while processing
 * @param ended           sessions archived, by end reason
 * @param outcomes        what each observation and lifecycle event did
 * @param snapshots       snapshot rows written
 * @param eventsStored    channel event rows written (new ones)
 * @param eventsErased    channel event rows deleted for revoking users
 * @param write           time from the first write to the commit
 */
public record BatchOutcome(
    Map<String, Integer> processed,
    int alreadyProcessed,
    int rejected,
    Map<EndReason, Integer> ended,
    Map<Outcome, Integer> outcomes,
    int snapshots,
    int eventsStored,
    int eventsErased,
    Duration write) {
}
