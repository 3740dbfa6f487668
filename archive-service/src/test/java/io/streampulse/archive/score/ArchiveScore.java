package io.streampulse.archive.score;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Scores archived sessions against the simulator's ground truth (pure).
 *
 * <ul>
 *   <li><b>recall</b>: of the broadcasts that ended by the cutoff and that the feed observed LIVE at least once, the
 *   share archived (match on stream id). Two kinds are counted apart, as nothing downstream of a poller at the
 *   refresh interval can know of them: broadcasts that began and ended between two cycles, and broadcasts live at
 *   some cycles (usually one) but missing from every Helix answer there (the simulator's flaps).</li>
 *   <li><b>precision</b>: of the archived sessions, the share whose stream id really ended (a session archived while
 *   the broadcast goes on, or an unknown id, is a false one).</li>
 *   <li><b>duplicates</b>: extra rows of one stream id, plus pairs of one channel's sessions that overlap in time.</li>
 *   <li><b>end-time error</b>: real end minus archived {@code ended_at} (archive ends a session at its last LIVE
 *   observation, so it is expected between 0 and one refresh interval, more after a flap at the end).</li>
 *   <li><b>viewer-minutes error</b>: |archived - real| / real per session, for broadcasts that began during the run
 *   (the simulator's integral of a broadcast already live at the start includes invented time before it).</li>
 * </ul>
 */
final class ArchiveScore {

    private ArchiveScore() {
    }

    static ArchiveFigures score(List<TruthSession> truth, List<ArchivedRow> archived, Instant cutoff) {
        Map<String, TruthSession> byStream = truth.stream()
            .collect(Collectors.toMap(TruthSession::streamId, Function.identity(), (a, b) -> a));
        Map<String, ArchivedRow> rows = new HashMap<>();
        archived.forEach(row -> rows.putIfAbsent(row.streamId(), row));
        List<TruthSession> endedByCutoff = truth.stream()
            .filter(s -> s.endedAt() != null && !s.endedAt().isAfter(cutoff)).toList();
        List<TruthSession> expected = endedByCutoff.stream().filter(s -> s.polls() > 0 && s.liveObservations() > 0)
            .toList();
        int flappedOut = (int) endedByCutoff.stream().filter(s -> s.polls() > 0 && s.liveObservations() == 0).count();
        List<String> missed = expected.stream().map(TruthSession::streamId).filter(id -> !rows.containsKey(id))
            .toList();
        List<ArchivedRow> correct = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (ArchivedRow row : rows.values()) {
            TruthSession real = byStream.get(row.streamId());
            if (real != null && real.endedAt() != null) {
                correct.add(row);
            } else {
                wrong.add(row.streamId() + (real == null ? " (unknown)" : " (still live)"));
            }
        }
        List<Double> endErrors = correct.stream()
            .map(row -> Duration.between(row.endedAt(), byStream.get(row.streamId()).endedAt()).toMillis() / 1000.0)
            .toList();
        List<ArchivedRow> begunInRun = correct.stream().filter(row -> !byStream.get(row.streamId()).liveAtStart())
            .toList();
        List<Double> viewerMinuteErrors = begunInRun.stream()
            .map(row -> relativeError(row.viewerMinutes(), byStream.get(row.streamId()).viewerMinutes())).toList();
        double archivedViewerMinutes = begunInRun.stream().mapToDouble(ArchivedRow::viewerMinutes).sum();
        double realViewerMinutes = begunInRun.stream()
            .mapToDouble(row -> byStream.get(row.streamId()).viewerMinutes()).sum();
        return new ArchiveFigures(endedByCutoff.size(), endedByCutoff.size() - expected.size() - flappedOut,
            flappedOut, expected.size(),
            archived.size(), expected.size() - missed.size(), missed, wrong, duplicates(archived),
            Distribution.of(endErrors.stream().map(Math::abs).toList()),
            endErrors.stream().filter(e -> e < 0).count(), Distribution.of(viewerMinuteErrors),
            realViewerMinutes == 0 ? Double.NaN : (archivedViewerMinutes - realViewerMinutes) / realViewerMinutes);
    }

    private static double relativeError(double archived, double real) {
        if (real == 0) {
            return archived == 0 ? 0 : 1;
        }
        return Math.abs(archived - real) / real;
    }

    private static int duplicates(List<ArchivedRow> archived) {
        int extraRows = archived.size() - (int) archived.stream().map(ArchivedRow::streamId).distinct().count();
        Map<String, List<ArchivedRow>> byChannel = archived.stream()
            .collect(Collectors.groupingBy(ArchivedRow::broadcasterId));
        int overlaps = 0;
        for (List<ArchivedRow> sessions : byChannel.values()) {
            List<ArchivedRow> ordered = sessions.stream().sorted(Comparator.comparing(ArchivedRow::startedAt)).toList();
            for (int i = 1; i < ordered.size(); i++) {
                if (ordered.get(i).startedAt().isBefore(ordered.get(i - 1).endedAt())
                    && !ordered.get(i).streamId().equals(ordered.get(i - 1).streamId())) {
                    overlaps++;
                }
            }
        }
        return extraRows + overlaps;
    }
}
