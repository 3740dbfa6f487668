package io.streampulse.faultcheck.score;

import static io.streampulse.faultcheck.score.Check.examples;

import io.streampulse.faultcheck.sim.TruthSession;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * archive.stream_sessions against the simulator's ground truth, matched by stream id.
 *
 * @param truth         broadcasts in the ground truth
 * @param expected      observable broadcasts that ended by the cutoff: each must be archived
 * @param archived      rows in stream_sessions
 * @param lost          expected but not archived
 * @param phantom       archived stream ids the simulator never broadcast
 * @param endedEarly    archived while the simulator still broadcasts them (a session split in two)
 * @param duplicated    stream ids with more than one distinct StreamEnded event id, or both open and archived
 * @param untracked     observable broadcasts still live at the end that archive neither holds open nor archived
 * @param notObservable broadcasts StreamPulse could not have seen (see {@link Observability})
 */
public record SessionScore(int truth, int expected, int archived, List<String> lost, List<String> phantom,
                           List<String> endedEarly, List<String> duplicated, List<String> untracked, int notObservable) {

    public static SessionScore score(List<TruthSession> truth, List<ArchivedSession> archived, Map<String, String> open,
                                     Map<String, Set<String>> endedEventIds, Observability observability, Instant cutoff) {
        Map<String, TruthSession> byId = truth.stream()
                .collect(Collectors.toMap(TruthSession::streamId, Function.identity(), (a, b) -> a));
        Set<String> archivedIds = archived.stream().map(ArchivedSession::streamId).collect(Collectors.toSet());
        Set<String> openIds = new HashSet<>(open.values());
        List<TruthSession> expected = truth.stream()
                .filter(s -> s.endedAt().isPresent() && !s.endedAt().get().isAfter(cutoff))
                .filter(observability::observable).toList();
        List<String> lost = expected.stream().filter(s -> !archivedIds.contains(s.streamId()))
                .map(SessionScore::describe).toList();
        List<String> phantom = archived.stream().filter(a -> !byId.containsKey(a.streamId()))
                .map(ArchivedSession::toString).toList();
        List<String> endedEarly = archived.stream().filter(a -> byId.containsKey(a.streamId()) && byId.get(a.streamId()).live())
                .map(a -> a + " while the simulator still broadcasts it").toList();
        List<String> duplicated = duplicates(archivedIds, openIds, endedEventIds);
        List<String> untracked = truth.stream().filter(s -> s.endedAt().map(e -> e.isAfter(cutoff)).orElse(true))
                .filter(observability::observable)
                .filter(s -> !openIds.contains(s.streamId()) && !archivedIds.contains(s.streamId()))
                .map(SessionScore::describe).toList();
        int notObservable = (int) truth.stream().filter(s -> !observability.observable(s)).count();
        return new SessionScore(truth.size(), expected.size(), archived.size(), lost, phantom, endedEarly, duplicated,
                untracked, notObservable);
    }

    private static List<String> duplicates(Set<String> archivedIds, Set<String> openIds, Map<String, Set<String>> ended) {
        List<String> duplicated = new java.util.ArrayList<>();
        new java.util.TreeMap<>(ended).forEach((streamId, eventIds) -> {
            if (eventIds.size() > 1) {
                duplicated.add(streamId + ": " + eventIds.size() + " StreamEnded records with different event ids "
                        + new java.util.TreeSet<>(eventIds));
            }
        });
        archivedIds.stream().filter(openIds::contains).sorted()
                .forEach(id -> duplicated.add(id + ": archived and still open in archive.open_sessions"));
        return duplicated;
    }

    private static String describe(TruthSession s) {
        return s.streamId() + " (channel " + s.broadcasterId() + ", " + s.startedAt() + " .. "
                + s.endedAt().map(Instant::toString).orElse("live") + ")";
    }

    public List<Check> checks() {
        return List.of(
                Check.of("sessions: none lost", lost.isEmpty(), expected + " observable broadcasts ended by the cutoff, "
                        + (expected - lost.size()) + " archived, " + lost.size() + " lost" + examples(lost)),
                Check.of("sessions: none duplicated", duplicated.isEmpty() && phantom.isEmpty(), archived
                        + " archived sessions; " + duplicated.size() + " duplicated" + examples(duplicated) + "; "
                        + phantom.size() + " not in the ground truth" + examples(phantom)),
                Check.of("sessions: none ended early", endedEarly.isEmpty(), endedEarly.size()
                        + " archived while still live" + examples(endedEarly)),
                Check.of("sessions: live broadcasts tracked", untracked.isEmpty(), untracked.size()
                        + " observable live broadcasts neither open nor archived" + examples(untracked)));
    }
}
