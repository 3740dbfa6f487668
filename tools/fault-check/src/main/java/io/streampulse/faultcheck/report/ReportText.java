package io.streampulse.faultcheck.report;

import io.streampulse.faultcheck.Progress;
import io.streampulse.faultcheck.fault.StepResult;
import io.streampulse.faultcheck.score.Check;
import io.streampulse.faultcheck.score.TableDiff;
import java.time.Duration;
import java.util.Locale;
import java.util.StringJoiner;

/** The report printed at the end of a run: phases, each fault's recovery, every check. */
public final class ReportText {

    private ReportText() {
    }

    public static String render(FaultOutcome outcome) {
        StringJoiner text = new StringJoiner("\n");
        text.add("== StreamPulse fault-tolerance run (" + outcome.options().form().name().toLowerCase(Locale.ROOT)
                + " form): " + (outcome.passed() ? "PASSED" : "FAILED") + " in " + Progress.seconds(outcome.total()));
        text.add("command: " + outcome.options().command());
        outcome.aborted().ifPresent(reason -> text.add("ABORTED: " + reason));
        text.add("phases: " + outcome.phaseDurations().entrySet().stream()
                .map(e -> e.getKey() + " " + Progress.seconds(e.getValue())).reduce((a, b) -> a + ", " + b).orElse("none"));
        outcome.steadyState().flatMap(r -> r.time()).ifPresent(t ->
                text.add("steady state: a channel event reaches archive and the aggregator within " + Progress.seconds(t)));
        text.add("");
        text.add(String.format(Locale.ROOT, "%-3s %-68s %9s %10s %9s", "#", "fault", "outage", "recovery", "ready"));
        for (StepResult step : outcome.stepResults()) {
            text.add(String.format(Locale.ROOT, "%-3d %-68s %9s %10s %9s", step.number(), step.name(),
                    Progress.seconds(step.outage()), step.recovery().time().map(Progress::seconds).orElse("NONE"),
                    step.recovery().readyTime().map(Progress::seconds).orElse("-")));
        }
        text.add("");
        for (TableDiff diff : outcome.rollups()) {
            text.add(String.format(Locale.ROOT, "rollup %-22s clean run %6d rows, faulted run %6d rows, %s", diff.table(),
                    diff.expectedRows(), diff.actualRows(), diff.equal() ? "equal" : "DIFFERENT"));
        }
        if (!outcome.facts().isEmpty()) {
            text.add("facts: " + outcome.facts());
        }
        text.add("");
        for (Check check : outcome.allChecks()) {
            text.add(check.toString());
        }
        outcome.aborted().ifPresent(reason -> text.add("FAIL run completed: " + reason));
        return text.toString();
    }

    static String seconds(Duration duration) {
        return Progress.seconds(duration);
    }
}
