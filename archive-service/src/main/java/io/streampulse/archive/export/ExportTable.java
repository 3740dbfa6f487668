package io.streampulse.archive.export;

import java.util.List;

/** A table exported per day: its name (also the file name) and its columns, in order. */
public record ExportTable(String name, List<String> columns) {

    public static final ExportTable STREAM_SESSIONS = new ExportTable("stream_sessions", List.of(
        "stream_id", "broadcaster_id", "broadcaster_login", "broadcaster_name", "started_at", "ended_at",
        "duration_seconds", "peak_viewers", "average_viewers", "viewer_minutes", "games", "titles", "tags",
        "language", "end_reason", "observations", "closed_at"));

    public static final ExportTable STREAM_SNAPSHOTS = new ExportTable("stream_snapshots", List.of(
        "broadcaster_id", "bucket_start", "stream_id", "observed_at", "viewer_count", "game_id", "game_name",
        "title", "language"));

    public ExportTable {
        columns = List.copyOf(columns);
    }

    public String fileName() {
        return name + ".csv.gz";
    }
}
