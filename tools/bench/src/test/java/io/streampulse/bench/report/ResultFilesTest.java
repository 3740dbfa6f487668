package io.streampulse.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultFilesTest {

    @TempDir
    Path directory;

    @Test
    void aResultIsWrittenAsSnakeCaseJsonAndReadBackWhole() throws Exception {
        // Given a result
        BenchResult result = Results.refresh80k();
        ResultFiles files = new ResultFiles(directory.resolve("results"));

        // When written and read back
        Path file = files.write(result);
        List<BenchResult> read = files.readAll();

        // Then the file is <id>.json in snake_case, and reading it gives the same result
        assertThat(file.getFileName().toString()).isEqualTo("refresh-80k.json");
        assertThat(Files.readString(file)).contains("\"started_at\" : \"2026-11-26T10:15:42Z\"")
            .contains("\"kind\" : \"AT_LEAST\"").doesNotContain("\"met\"");
        assertThat(read).containsExactly(result);
    }

    @Test
    void aNewRunReplacesTheFileOfItsBenchmark() {
        // Given a result written twice with different figures
        ResultFiles files = new ResultFiles(directory);
        BenchResult first = Results.refresh80k();
        BenchResult second = new BenchResult(first.id(), first.title(), first.description(), first.command(),
            first.startedAt(), 600, first.machine(), first.setup(), List.of(Figure.info("x", 1, "", "")), List.of());
        files.write(first);

        // When the second run is written
        files.write(second);

        // Then only the second is there
        assertThat(files.readAll()).containsExactly(second);
    }

    @Test
    void aMissingDirectoryHasNoResults() {
        assertThat(new ResultFiles(directory.resolve("none")).readAll()).isEmpty();
    }
}
