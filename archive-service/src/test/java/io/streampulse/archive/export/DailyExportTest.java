package io.streampulse.archive.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.streampulse.archive.export.ExportManifest.ExportedFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily export: gzip CSV with a header row, RFC 4180 escaping, a manifest, the same bytes when rerun. */
class DailyExportTest {

    private static final LocalDate DAY = LocalDate.parse("2025-03-10");

    @TempDir
    Path directory;

    private final Map<String, List<List<String>>> rows = Map.of(
        "stream_sessions", List.of(
            sessionRow("s1", "plain title"),
            sessionRow("s2", "commas, \"quotes\" and\nnew lines")),
        "stream_snapshots", List.of(
            Arrays.asList("42", "2025-03-10T10:00:00Z", "s1", "2025-03-10T10:00:30Z", "100", "", "", "", null)));
    private final ExportSource source = (table, day, row) -> rowsOf(table, day).forEach(row);

    @Test
    void writesAGzipCsvPerTableWithHeaderAndEscaping() throws Exception {
        // When the day is exported
        new DailyExport(source, directory).export(DAY);

        // Then each table has a gzip CSV with its header; fields are quoted only when they must be, "" is empty
        Path day = directory.resolve("dt=2025-03-10");
        assertThat(gunzip(day.resolve("stream_sessions.csv.gz"))).isEqualTo(String.join(",",
            ExportTable.STREAM_SESSIONS.columns()) + "\n"
            + "s1,42,login,Name,2025-03-10T10:00:00Z,2025-03-10T11:00:00Z,3600,120,99.5,5970,"
            + "\"[{\"\"game_id\"\":\"\"509658\"\",\"\"seconds\"\":3600}]\",\"[\"\"plain title\"\"]\",[],en,"
            + "ABSENT_GRACE,60,2025-03-10T11:03:00Z\n"
            + "s2,42,login,Name,2025-03-10T10:00:00Z,2025-03-10T11:00:00Z,3600,120,99.5,5970,"
            + "\"[{\"\"game_id\"\":\"\"509658\"\",\"\"seconds\"\":3600}]\","
            + "\"[\"\"commas, \"\"quotes\"\" and\nnew lines\"\"]\",[],en,ABSENT_GRACE,60,2025-03-10T11:03:00Z\n");
        assertThat(gunzip(day.resolve("stream_snapshots.csv.gz"))).isEqualTo(
            "broadcaster_id,bucket_start,stream_id,observed_at,viewer_count,game_id,game_name,title,language\n"
                + "42,2025-03-10T10:00:00Z,s1,2025-03-10T10:00:30Z,100,\"\",\"\",\"\",\n");
    }

    @Test
    void writesAManifestWithRowCountsSizesAndDigests() throws Exception {
        // When the day is exported
        ExportManifest manifest = new DailyExport(source, directory).export(DAY);

        // Then the manifest on disk lists both files with their data rows, sizes and sha256 of their bytes
        Path day = directory.resolve("dt=2025-03-10");
        ExportManifest onDisk = JsonMapper.builder().build().readValue(day.resolve("manifest.json").toFile(),
            ExportManifest.class);
        assertThat(onDisk).isEqualTo(manifest);
        assertThat(manifest).isEqualTo(new ExportManifest("2025-03-10", "csv", "gzip", true, "LF", List.of(
            new ExportedFile("stream_sessions", "stream_sessions.csv.gz", 2,
                Files.size(day.resolve("stream_sessions.csv.gz")), sha256(day.resolve("stream_sessions.csv.gz"))),
            new ExportedFile("stream_snapshots", "stream_snapshots.csv.gz", 1,
                Files.size(day.resolve("stream_snapshots.csv.gz")), sha256(day.resolve("stream_snapshots.csv.gz"))))));
        try (var files = Files.list(day)) {
            assertThat(files.map(path -> path.getFileName().toString()).sorted())
                .containsExactly("manifest.json", "stream_sessions.csv.gz", "stream_snapshots.csv.gz");
        }
    }

    @Test
    void aRerunOverTheSameRowsWritesTheSameBytes() throws Exception {
        // Given a day exported once
        DailyExport export = new DailyExport(source, directory);
        export.export(DAY);
        Path day = directory.resolve("dt=2025-03-10");
        List<byte[]> first = contents(day);

        // When it is exported again
        export.export(DAY);

        // Then every file has the same bytes, and no temporary file is left behind
        assertThat(contents(day)).zipSatisfy(first, (again, before) -> assertThat(again).isEqualTo(before));
        try (var files = Files.list(day)) {
            assertThat(files.count()).isEqualTo(3);
        }
    }

    @Test
    void catchesUpOnRecentDaysNotExportedYet() throws Exception {
        // Given the day before yesterday already exported
        DailyExport export = new DailyExport(source, directory);
        export.export(DAY.minusDays(1));

        // When the last three days are exported
        List<ExportManifest> manifests = export.exportRecent(DAY, 3);

        // Then the missing day and the last one are
        assertThat(manifests).extracting(ExportManifest::day).containsExactly("2025-03-08", "2025-03-10");
    }

    private List<List<String>> rowsOf(ExportTable table, LocalDate day) {
        return day.equals(DAY) ? rows.get(table.name()) : List.of();
    }

    private static List<String> sessionRow(String streamId, String title) {
        return List.of(streamId, "42", "login", "Name", "2025-03-10T10:00:00Z", "2025-03-10T11:00:00Z", "3600", "120",
            "99.5", "5970", "[{\"game_id\":\"509658\",\"seconds\":3600}]",
            "[\"" + title + "\"]", "[]", "en", "ABSENT_GRACE", "60",
            "2025-03-10T11:03:00Z");
    }

    private static List<byte[]> contents(Path day) throws IOException {
        List<byte[]> all = new ArrayList<>();
        for (String name : List.of("manifest.json", "stream_sessions.csv.gz", "stream_snapshots.csv.gz")) {
            all.add(Files.readAllBytes(day.resolve(name)));
        }
        return all;
    }

    private static String gunzip(Path file) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
