package io.streampulse.faultcheck.report;

import io.streampulse.faultcheck.RunOptions;
import io.streampulse.faultcheck.fault.StepResult;
import io.streampulse.faultcheck.probe.Recovery;
import io.streampulse.faultcheck.score.Check;
import io.streampulse.faultcheck.score.EventScore;
import io.streampulse.faultcheck.score.SessionScore;
import io.streampulse.faultcheck.score.TableDiff;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one run found. Built up phase by phase; a run that could not go on (the stack did not start) is
 * {@link #abort aborted} with the reason, and what was measured until then is still reported.
 */
public final class FaultOutcome {

    private final RunOptions options;
    private final Instant startedAt = Instant.now();
    private final Map<String, Duration> phases = new LinkedHashMap<>();
    private final List<StepResult> steps = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();
    private final List<TableDiff> rollups = new ArrayList<>();
    private final Map<String, Object> facts = new LinkedHashMap<>();
    private Recovery steadyState;
    private SessionScore sessions;
    private EventScore events;
    private TableDiff eventRecount;
    private Duration total = Duration.ZERO;
    private String aborted;

    public FaultOutcome(RunOptions options) {
        this.options = options;
    }

    public void phase(String name, Duration took) { phases.put(name, took); }
    public void steps(List<StepResult> results) { steps.addAll(results); results.forEach(r -> checks.add(r.check())); }
    public void check(Check check) { checks.add(check); }
    public void checks(List<Check> more) { checks.addAll(more); }
    public void fact(String name, Object value) { facts.put(name, value); }
    public void steadyState(Recovery recovery) { this.steadyState = recovery; }
    public void sessions(SessionScore score) { this.sessions = score; checks.addAll(score.checks()); }
    public void events(EventScore score) { this.events = score; checks.addAll(score.checks()); }
    public void eventRecount(TableDiff diff) { this.eventRecount = diff; }
    public void rollup(TableDiff diff) { rollups.add(diff); }
    public void abort(String reason) { this.aborted = reason; }
    public void finish(Duration took) { this.total = took; }

    public boolean passed() {
        return aborted == null && !checks.isEmpty() && checks.stream().allMatch(Check::passed);
    }

    public List<Check> failed() {
        List<Check> failed = new ArrayList<>(checks.stream().filter(c -> !c.passed()).toList());
        if (aborted != null) {
            failed.add(0, Check.of("run completed", false, aborted));
        }
        return failed;
    }

    public RunOptions options() { return options; }
    public Instant startedAt() { return startedAt; }
    public Duration total() { return total; }
    public List<StepResult> stepResults() { return List.copyOf(steps); }
    public List<Check> allChecks() { return List.copyOf(checks); }
    public List<TableDiff> rollups() { return List.copyOf(rollups); }
    public Map<String, Object> facts() { return new LinkedHashMap<>(facts); }
    public Optional<Recovery> steadyState() { return Optional.ofNullable(steadyState); }
    public Optional<SessionScore> sessions() { return Optional.ofNullable(sessions); }
    public Optional<EventScore> events() { return Optional.ofNullable(events); }
    public Optional<TableDiff> eventRecount() { return Optional.ofNullable(eventRecount); }
    public Optional<String> aborted() { return Optional.ofNullable(aborted); }
    public Map<String, Duration> phaseDurations() { return new LinkedHashMap<>(phases); }
}
