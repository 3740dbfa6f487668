package io.streampulse.archive.ingest;

import io.streampulse.archive.session.Transition.Outcome;
import io.streampulse.contracts.stream.EndReason;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * What one batch did, for the metrics.
 *
 * @param processed       records applied, by topic
 * @param alreadyProcessed records skipped because an earlier batch had processed them (redelivery)
 * @param rejected        records dead-lettered while processing (PostgreSQL refused some of them, see {@code refused})
 * @param ended           sessions archived, by end reason
 * @param outcomes        what each observation and lifecycle event did
 * @param swept           sessions closed by the sweep of unobserved channels (also counted in {@code ended})
 * @param snapshots       snapshot rows written
 * @param eventsStored    channel event rows written (new ones)
 * @param eventsErased    channel event rows deleted for revoking users
 * @param write           time from the first write to the commit
 * @param refused         records dead-lettered because PostgreSQL refused them (isolated from their batch)
 * @param attempts        transactions the batch took (1, more when it was split to isolate refused records)
 */
public record BatchOutcome(
    Map<String, Integer> processed,
    int alreadyProcessed,
    int rejected,
    Map<EndReason, Integer> ended,
    Map<Outcome, Integer> outcomes,
    int swept,
    int snapshots,
    int eventsStored,
    int eventsErased,
    Duration write,
    int refused,
    int attempts) {

    public BatchOutcome {
        processed = Map.copyOf(processed);
        ended = Map.copyOf(ended);
        outcomes = Map.copyOf(outcomes);
    }

    public BatchOutcome(Map<String, Integer> processed, int alreadyProcessed, int rejected,
                        Map<EndReason, Integer> ended, Map<Outcome, Integer> outcomes, int swept, int snapshots,
                        int eventsStored, int eventsErased, Duration write) {
        this(processed, alreadyProcessed, rejected, ended, outcomes, swept, snapshots, eventsStored, eventsErased,
            write, 0, 1);
    }

    /** What two parts of one batch did together ({@code alreadyProcessed} of the parts that could not overlap). */
    BatchOutcome plus(BatchOutcome other) {
        Map<String, Integer> allProcessed = new HashMap<>(processed);
        other.processed.forEach((topic, count) -> allProcessed.merge(topic, count, Integer::sum));
        Map<EndReason, Integer> allEnded = new EnumMap<>(EndReason.class);
        allEnded.putAll(ended);
        other.ended.forEach((reason, count) -> allEnded.merge(reason, count, Integer::sum));
        Map<Outcome, Integer> allOutcomes = new EnumMap<>(Outcome.class);
        allOutcomes.putAll(outcomes);
        other.outcomes.forEach((outcome, count) -> allOutcomes.merge(outcome, count, Integer::sum));
        return new BatchOutcome(allProcessed, alreadyProcessed + other.alreadyProcessed, rejected + other.rejected,
            allEnded, allOutcomes, swept + other.swept, snapshots + other.snapshots, eventsStored + other.eventsStored,
            eventsErased + other.eventsErased, write.plus(other.write), refused + other.refused,
            attempts + other.attempts);
    }

    /** This outcome, its records counted as refused by PostgreSQL. */
    BatchOutcome asRefused() {
        return new BatchOutcome(processed, alreadyProcessed, rejected, ended, outcomes, swept, snapshots, eventsStored,
            eventsErased, write, rejected, attempts);
    }

    /** This outcome after {@code failed} more attempts that were rolled back. */
    BatchOutcome afterFailedAttempts(int failed) {
        return new BatchOutcome(processed, alreadyProcessed, rejected, ended, outcomes, swept, snapshots, eventsStored,
            eventsErased, write, refused, attempts + failed);
    }
}
