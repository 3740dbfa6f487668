package io.streampulse.archive.export;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * {@code manifest.json} of one day's export: what a loader needs to check the files before loading them.
 * Nothing in it depends on when the export ran, so a rerun over the same rows writes the same bytes.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ExportManifest(String day, String format, String compression, boolean header, String lineEnd,
                             List<ExportedFile> files) {

    public ExportManifest {
        files = List.copyOf(files);
    }

    /** One exported file: its table, name (relative to the manifest), data rows (header excluded), size and digest. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ExportedFile(String table, String file, long rows, long bytes, String sha256) {
    }
}
