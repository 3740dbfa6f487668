package io.streampulse.archive.export;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.streampulse.archive.export.ExportManifest.ExportedFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Exports one UTC day of sessions and snapshots as gzip-compressed CSV files with a header row, plus a manifest
 * (files, row counts, sizes, sha256), into {@code <directory>/dt=<day>/} (Hive-style, so BigQuery, Snowflake and
 * DuckDB can load a day or a glob of days). Each file is written to a temporary name and moved over the old one
 * atomically, the manifest last, so a reader sees a whole old export or a whole new one. Rerun over unchanged rows it
 * writes the same bytes: stable row order, no timestamps in the gzip header or the manifest.
 */
public final class DailyExport {

    private static final List<ExportTable> TABLES = List.of(ExportTable.STREAM_SESSIONS, ExportTable.STREAM_SNAPSHOTS);
    public static final String MANIFEST = "manifest.json";

    private final ExportSource source;
    private final Path directory;
    private final ObjectWriter manifestWriter = JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
        .forType(ExportManifest.class);

    public DailyExport(ExportSource source, Path directory) {
        this.source = source;
        this.directory = directory;
    }

    public Path dayDirectory(LocalDate day) {
        return directory.resolve("dt=" + day);
    }

    public boolean isExported(LocalDate day) {
        return Files.exists(dayDirectory(day).resolve(MANIFEST));
    }

    public ExportManifest export(LocalDate day) throws Exception {
        Path target = Files.createDirectories(dayDirectory(day));
        List<ExportedFile> files = new ArrayList<>();
        for (ExportTable table : TABLES) {
            files.add(exportTable(table, day, target));
        }
        ExportManifest manifest = new ExportManifest(day.toString(), "csv", "gzip", true, "LF", files);
        byte[] json = manifestWriter.writeValueAsBytes(manifest);
        Path temporary = Files.createTempFile(target, ".manifest", ".tmp");
        Files.write(temporary, json);
        moveAtomically(temporary, target.resolve(MANIFEST));
        return manifest;
    }

    /** Exports the days from {@code last - days + 1} to {@code last} not exported yet; {@code last} always. */
    public List<ExportManifest> exportRecent(LocalDate last, int days) throws Exception {
        List<ExportManifest> manifests = new ArrayList<>();
        for (int back = days - 1; back >= 0; back--) {
            LocalDate day = last.minusDays(back);
            if (back == 0 || !isExported(day)) {
                manifests.add(export(day));
            }
        }
        return manifests;
    }

    private ExportedFile exportTable(ExportTable table, LocalDate day, Path target) throws Exception {
        Path temporary = Files.createTempFile(target, "." + table.name(), ".tmp");
        MessageDigest sha256 = sha256();
        long[] rows = {0};
        try (OutputStream file = Files.newOutputStream(temporary);
             DigestOutputStream digest = new DigestOutputStream(file, sha256);
             GZIPOutputStream gzip = new GZIPOutputStream(digest, 1 << 16);
             Writer text = new OutputStreamWriter(gzip, StandardCharsets.UTF_8)) {
            CsvWriter csv = new CsvWriter(text, table.columns());
            source.rows(table, day, row -> {
                csv.write(row);
                rows[0]++;
            });
        } catch (Exception e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        long bytes = Files.size(temporary);
        moveAtomically(temporary, target.resolve(table.fileName()));
        return new ExportedFile(table.name(), table.fileName(), rows[0], bytes,
            HexFormat.of().formatHex(sha256.digest()));
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
