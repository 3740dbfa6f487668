package io.streampulse.bench.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The results directory: one {@code <id>.json} per benchmark, replaced by each new run of it. */
public final class ResultFiles {

    private static final ObjectMapper JSON = new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path directory;

    public ResultFiles(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /** Writes (or replaces) the result's file; returns its path. */
    public Path write(BenchResult result) {
        Path file = directory.resolve(result.id() + ".json");
        try {
            Files.createDirectories(directory);
            Files.writeString(file, toJson(result) + "\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Every result in the directory, by id. */
    public List<BenchResult> readAll() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<BenchResult> results = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                results.add(fromJson(Files.readString(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + directory, e);
        }
        results.sort(Comparator.comparing(BenchResult::id));
        return results;
    }

    static String toJson(BenchResult result) throws IOException {
        return JSON.writeValueAsString(result);
    }

    static BenchResult fromJson(String json) throws IOException {
        return JSON.readValue(json, BenchResult.class);
    }
}
