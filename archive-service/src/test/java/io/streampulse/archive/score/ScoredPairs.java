package io.streampulse.archive.score;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every archived session beside its broadcast's ground truth, one CSV line each, for looking at the errors behind
 * the figures (e.g. viewer-minutes error against session length).
 */
final class ScoredPairs {

    private ScoredPairs() {
    }

    static Path write(Path file, List<TruthSession> truth, List<ArchivedRow> archived) {
        Map<String, TruthSession> byStream = truth.stream()
            .collect(Collectors.toMap(TruthSession::streamId, Function.identity(), (a, b) -> a));
        List<String> lines = new ArrayList<>();
        lines.add("stream_id,started_at,real_ended_at,archived_ended_at,live_at_start,polls,real_viewer_minutes,"
            + "archived_viewer_minutes,end_reason");
        for (ArchivedRow row : archived) {
            TruthSession real = byStream.get(row.streamId());
            lines.add(String.join(",", row.streamId(), row.startedAt().toString(),
                real == null || real.endedAt() == null ? "" : real.endedAt().toString(), row.endedAt().toString(),
                real == null ? "" : Boolean.toString(real.liveAtStart()),
                real == null ? "" : Integer.toString(real.polls()),
                real == null ? "" : Double.toString(real.viewerMinutes()), Long.toString(row.viewerMinutes()),
                row.endReason()));
        }
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
