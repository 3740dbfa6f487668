package io.streampulse.faultcheck.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.streampulse.faultcheck.RunOptions;
import io.streampulse.faultcheck.fault.StepResult;
import io.streampulse.faultcheck.score.Check;
import io.streampulse.faultcheck.score.EventScore;
import io.streampulse.faultcheck.score.SessionScore;
import io.streampulse.faultcheck.score.TableDiff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results file, in the format tools/bench renders into BENCHMARKS.md (its {@code BenchResult}): id, title,
 * description, command, started_at, duration_seconds, machine, setup, figures (value, unit, target, how) and notes;
 * plus {@code name}, {@code date}, {@code passed} and every {@code checks} verdict. A step that never recovered has
 * the value NaN (never meets its ceiling).
 */
public final class ResultsJson {

    public static final String NAME = "fault-tolerance";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultsJson() {
    }

    public static Map<String, Object> document(FaultOutcome outcome, Map<String, Object> machine) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", NAME);
        doc.put("name", NAME);
        doc.put("title", "Fault tolerance of the whole stack, " + form(outcome.options()) + " form: "
                + (outcome.passed() ? "every check passed" : outcome.failed().size() + " check(s) failed"));
        doc.put("description", DESCRIPTION);
        doc.put("command", outcome.options().command());
        doc.put("started_at", outcome.startedAt().toString());
        doc.put("date", outcome.startedAt().toString());
        doc.put("duration_seconds", outcome.total().toSeconds());
        doc.put("machine", machine);
        doc.put("setup", Setup.of(outcome.options()));
        doc.put("passed", outcome.passed());
        doc.put("figures", figures(outcome));
        doc.put("notes", outcome.failed().stream().map(Check::toString).toList());
        doc.put("checks", checks(outcome));
        return doc;
    }

    static final String DESCRIPTION = "The whole stack (own Kafka broker process, PostgreSQL and Redis on free ports,"
            + " the simulator and the five service jars) runs while faults hit it in turn; after each, the run waits"
            + " until every service is ready, refresh writes observations and a channel event triggered then reaches"
            + " archive and the aggregator (the recovery time, from the moment the fault was lifted). Then sessions and"
            + " channel events are scored against the simulator's ground truth, and every rollup is compared with a"
            + " clean run of a second aggregator over an exact copy of the same inputs. See tools/fault-check/README.md.";

    static List<Map<String, Object>> figures(FaultOutcome outcome) {
        List<Map<String, Object>> figures = new ArrayList<>();
        boolean shortForm = outcome.options().form() == RunOptions.Form.SHORT;
        figures.add(figure("whole run, start-up included", seconds(outcome.total()), "s",
                shortForm ? atMost(600) : null, "wall clock of the command"));
        outcome.steadyState().flatMap(r -> r.time()).ifPresent(t -> figures.add(figure("first data end to end after"
                + " start-up", seconds(t), "s", null, "a channel event from the simulator to the aggregator's rollup")));
        for (StepResult step : outcome.stepResults()) {
            figures.add(figure("recovery: " + step.name(), step.recovery().time().map(ResultsJson::seconds).orElse(Double.NaN),
                    "s", atMost(outcome.options().stepTimeout().toSeconds()), "fault lifted until ready and flowing ("
                            + step.recovery().breakdown() + ")"));
        }
        outcome.sessions().ifPresent(s -> figures.addAll(sessionFigures(s)));
        outcome.events().ifPresent(e -> figures.addAll(eventFigures(e)));
        figures.addAll(rollupFigures(outcome));
        return figures;
    }

    private static List<Map<String, Object>> sessionFigures(SessionScore s) {
        String how = "archive.stream_sessions vs the simulator's sessions, by stream id";
        return List.of(
                figure("sessions expected (observable, ended by the cutoff)", s.expected(), "", null, how),
                figure("sessions lost", s.lost().size(), "", atMost(0), how),
                figure("sessions duplicated or not in the ground truth", s.duplicated().size() + s.phantom().size(), "",
                        atMost(0), how + ", and distinct StreamEnded event ids per stream"),
                figure("sessions ended while still live", s.endedEarly().size(), "", atMost(0), how));
    }

    private static List<Map<String, Object>> eventFigures(EventScore e) {
        String how = "archive.channel_events vs the simulator's notifications, by message id";
        return List.of(
                figure("channel events acknowledged by ingest", e.delivered(), "", null, how),
                figure("channel events lost", e.lost().size(), "", atMost(0), how),
                figure("channel events not sent by the simulator", e.phantom().size(), "", atMost(0), how),
                figure("forged webhooks stored", e.forgedStored().size(), "", atMost(0),
                        "forged message ids in archive or on twitch.channel.events.v1"));
    }

    private static List<Map<String, Object>> rollupFigures(FaultOutcome outcome) {
        int rows = outcome.rollups().stream().mapToInt(TableDiff::expectedRows).sum();
        int different = outcome.rollups().stream().mapToInt(ResultsJson::differences).sum();
        List<Map<String, Object>> figures = new ArrayList<>(List.of(
                figure("rollup rows of the clean run", rows, "", null, "seven aggregator tables"),
                figure("rollup rows differing from the clean run", different, "", atMost(0),
                        "missing, extra or different rows, every column")));
        outcome.eventRecount().ifPresent(d -> figures.add(figure("channel_events_daily rows differing from a recount"
                + " of archive", differences(d), "", atMost(0), "independent recount of archive.channel_events")));
        return figures;
    }

    private static int differences(TableDiff diff) {
        return diff.missing().size() + diff.extra().size() + diff.different().size();
    }

    private static List<Map<String, Object>> checks(FaultOutcome outcome) {
        List<Check> all = new ArrayList<>(outcome.allChecks());
        outcome.aborted().ifPresent(reason -> all.add(0, Check.of("run completed", false, reason)));
        return all.stream().map(c -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("name", c.name());
            json.put("passed", c.passed());
            json.put("detail", c.detail());
            return json;
        }).toList();
    }

    static Map<String, Object> figure(String name, double value, String unit, Map<String, Object> target, String how) {
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("name", name);
        figure.put("value", value);
        figure.put("unit", unit);
        figure.put("target", target);
        figure.put("how", how);
        return figure;
    }

    static Map<String, Object> atMost(double ceiling) {
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("kind", "AT_MOST");
        target.put("value", ceiling);
        target.put("tolerance", 0.0);
        return target;
    }

    static double seconds(Duration duration) {
        return Math.round(duration.toMillis() / 100.0) / 10.0;
    }

    private static String form(RunOptions options) {
        return options.form() == RunOptions.Form.LONG ? "long" : "short";
    }

    public static void write(Path file, Map<String, Object> document) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, JSON.writeValueAsString(document) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
