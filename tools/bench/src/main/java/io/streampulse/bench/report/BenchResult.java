package io.streampulse.bench.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one benchmark run found, as written to {@code tools/bench/results/<id>.json}.
 *
 * @param id          file name and anchor, e.g. {@code refresh-80k}
 * @param title       one line: what was measured
 * @param description what the run does, in a few sentences (rendered under the title)
 * @param command     the one command that reproduces it, from the repository root
 * @param startedAt   when it started (UTC)
 * @param durationSeconds how long the whole run took
 * @param machine     where it ran and the load
 * @param setup       the conditions (live streams, replicas, interval, ...), in display order
 * @param figures     the measurements, with their targets
 * @param notes       anything a reader needs to judge the figures
 */
public record BenchResult(String id, String title, String description, String command, Instant startedAt,
                          long durationSeconds, Machine machine, Map<String, String> setup, List<Figure> figures,
                          List<String> notes) {

    public BenchResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        description = description == null ? "" : description;
        setup = setup == null ? Map.of() : new LinkedHashMap<>(setup);
        figures = figures == null ? List.of() : List.copyOf(figures);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** Whether every figure with a target meets it. */
    @JsonIgnore
    public boolean allMet() {
        return figures.stream().allMatch(Figure::met);
    }

    @JsonIgnore
    public long targetsMet() {
        return figures.stream().filter(f -> f.target() != null && f.met()).count();
    }

    @JsonIgnore
    public long targets() {
        return figures.stream().filter(f -> f.target() != null).count();
    }
}
