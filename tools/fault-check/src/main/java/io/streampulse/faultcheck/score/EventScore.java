package io.streampulse.faultcheck.score;

import static io.streampulse.faultcheck.score.Check.examples;

import io.streampulse.faultcheck.sim.TruthEvent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * archive.channel_events against the EventSub notifications the simulator sent, matched by message id (ingest's
 * event_id). A notification counts as sent to StreamPulse once ingest answered 2xx; one that never got a 2xx
 * answer (ingest down through the simulator's retries, as Twitch would give up) was never accepted and is
 * reported apart, not as lost.
 *
 * @param sent           channel notifications the simulator queued
 * @param delivered      acknowledged by ingest (2xx): each must be archived once
 * @param lost           delivered, not archived
 * @param undelivered    never acknowledged, by type
 * @param pending        still being delivered when scored
 * @param phantom        archived ids the simulator never sent (a forged one would be here)
 * @param forgedStored   forged message ids found in archive or on twitch.channel.events.v1
 * @param topicRepeats   message ids written more than once to twitch.channel.events.v1 (allowed: consumers dedupe)
 */
public record EventScore(int sent, int delivered, List<String> lost, Map<String, Long> undelivered, int pending,
                         List<String> phantom, List<String> forgedStored, int forged, int topicRepeats) {

    public static EventScore score(List<TruthEvent> truth, Set<String> archivedIds, Map<String, Integer> topicCounts,
                                   Set<String> forgedIds) {
        List<TruthEvent> sent = truth.stream().filter(TruthEvent::channelEvent).toList();
        Set<String> allIds = truth.stream().map(TruthEvent::messageId).collect(Collectors.toSet());
        List<TruthEvent> delivered = sent.stream().filter(TruthEvent::delivered).toList();
        List<String> lost = delivered.stream().filter(e -> !archivedIds.contains(e.messageId()))
                .map(e -> e.messageId() + " (" + e.subscriptionType() + ", channel " + e.broadcasterUserId() + ")").toList();
        Map<String, Long> undelivered = sent.stream().filter(e -> !e.delivered() && !e.pending())
                .collect(Collectors.groupingBy(e -> e.subscriptionType() + " " + e.outcome(), TreeMap::new,
                        Collectors.counting()));
        int pending = (int) sent.stream().filter(TruthEvent::pending).count();
        List<String> phantom = archivedIds.stream().filter(id -> !allIds.contains(id)).sorted().toList();
        List<String> forgedStored = forgedIds.stream()
                .filter(id -> archivedIds.contains(id) || topicCounts.containsKey(id)).sorted().toList();
        int repeats = (int) topicCounts.values().stream().filter(count -> count > 1).count();
        return new EventScore(sent.size(), delivered.size(), lost, undelivered, pending, phantom, forgedStored,
                forgedIds.size(), repeats);
    }

    public List<Check> checks() {
        return List.of(
                Check.of("events: none lost", lost.isEmpty() && pending == 0, delivered + " of " + sent
                        + " channel notifications acknowledged by ingest, " + (delivered - lost.size()) + " archived, "
                        + lost.size() + " lost" + examples(lost) + "; " + pending + " still pending; never acknowledged: "
                        + undelivered),
                Check.of("events: none duplicated or invented", phantom.isEmpty(), "archive.channel_events is keyed by"
                        + " message id; " + phantom.size() + " rows not sent by the simulator" + examples(phantom)
                        + "; " + topicRepeats + " ids written more than once to the topic (consumers dedupe)"),
                Check.of("forged webhooks: none stored", forgedStored.isEmpty(), forged
                        + " forged or stale deliveries posted, " + forgedStored.size() + " stored" + examples(forgedStored)));
    }
}
