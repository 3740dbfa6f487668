package io.streampulse.simfeed.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.streampulse.contracts.codec.Json;
import io.streampulse.simfeed.truth.SessionTruth;
import io.streampulse.simfeed.truth.Totals;
import io.streampulse.simfeed.truth.TruthLedger;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The files a run leaves in its output directory (snake_case JSON, times RFC 3339 UTC):
 * <ul>
 *   <li>{@code run.json}: the run's settings and counts ({@link RunSummary}), and the viewer-minutes of broadcasts
 *   whose category no Helix answer showed ({@code viewer_minutes_without_look}: in no game or tag file);</li>
 *   <li>{@code sessions.jsonl}: every broadcast of the run ({@link SessionTruth}), with {@code live_observations}:
 *   how many LIVE observations of it the feed published ({@link TruthLedger#liveObservations});</li>
 *   <li>{@code truth-channels.jsonl} ({@code broadcaster_id, day}), {@code truth-games.jsonl} ({@code game_id,
 *   game_name, hour}), {@code truth-tags.jsonl} ({@code tag, day}): each with {@code millis} and
 *   {@code viewer_minutes} of the ground truth inside the run.</li>
 * </ul>
 * {@code run.json} is written last: its presence means the run is complete.
 */
public final class RunFiles {

    private static final ObjectMapper JSON = Json.newMapper();

    private RunFiles() {
    }

    public static void write(Path dir, RunSummary summary, TruthLedger truth) {
        try {
            Files.createDirectories(dir);
            lines(dir.resolve("sessions.jsonl"), truth.sessions(),
                s -> session(s, truth.liveObservations(s.streamId())));
            lines(dir.resolve("truth-channels.jsonl"), truth.channelDays().entrySet(), e -> totals(e.getValue(),
                Map.of("broadcaster_id", e.getKey().broadcasterId(), "day", e.getKey().day().toString())));
            Map<String, String> names = truth.gameNames();
            lines(dir.resolve("truth-games.jsonl"), truth.gameHours().entrySet(), e -> totals(e.getValue(),
                Map.of("game_id", e.getKey().gameId(), "game_name", names.getOrDefault(e.getKey().gameId(), ""),
                    "hour", e.getKey().hour().toString())));
            lines(dir.resolve("truth-tags.jsonl"), truth.tagDays().entrySet(), e -> totals(e.getValue(),
                Map.of("tag", e.getKey().tag(), "day", e.getKey().day().toString())));
            Map<String, Object> run = summary(summary);
            run.put("viewer_minutes_without_look", truth.viewerMinutesWithoutLook());
            JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("run.json").toFile(), run);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> void lines(Path file, Collection<T> values, Function<T, Map<String, Object>> json)
        throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (T value : values) {
                out.write(JSON.writeValueAsString(json.apply(value)));
                out.newLine();
            }
        }
    }

    private static Map<String, Object> session(SessionTruth s, int liveObservations) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("stream_id", s.streamId());
        json.put("broadcaster_id", s.broadcasterId());
        json.put("started_at", s.startedAt().toString());
        json.put("ended_at", s.endedAt() == null ? null : s.endedAt().toString());
        json.put("viewer_minutes", s.viewerMinutes());
        json.put("viewer_minutes_in_run", s.viewerMinutesInRun());
        json.put("polls", s.polls());
        json.put("live_observations", liveObservations);
        json.put("live_at_start", s.liveAtStart());
        return json;
    }

    private static Map<String, Object> totals(Totals totals, Map<String, String> key) {
        Map<String, Object> json = new LinkedHashMap<>(key);
        json.put("millis", totals.millis());
        json.put("viewer_minutes", totals.viewerMinutes());
        return json;
    }

    private static Map<String, Object> summary(RunSummary s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("start", s.start().toString());
        json.put("end", s.end().toString());
        json.put("step_seconds", s.stepSeconds());
        json.put("cycles", s.cycles());
        json.put("channels", s.channels());
        json.put("live_share", s.liveShare());
        json.put("seed", s.seed());
        json.put("flap_rate", s.flapRate());
        json.put("mean_stream_minutes", s.meanStreamMinutes());
        json.put("tick_seconds", s.tickSeconds());
        json.put("observations", s.observations());
        json.put("live_observations", s.liveObservations());
        json.put("absent_observations", s.absentObservations());
        json.put("calls", s.calls());
        json.put("feed_millis", s.feedMillis());
        return json;
    }
}
