package io.streampulse.faultcheck.report;

import io.streampulse.faultcheck.RunOptions;
import io.streampulse.faultcheck.stack.ServiceTuning;
import java.util.LinkedHashMap;
import java.util.Map;

/** The conditions of a run, for the results file (rendered as a table by tools/bench). */
final class Setup {

    private Setup() {
    }

    static Map<String, String> of(RunOptions options) {
        Map<String, String> setup = new LinkedHashMap<>();
        setup.put("simulator", String.format(java.util.Locale.ROOT, "%,d channels, about 10 %% live, broadcasts of %d"
                + " min on average, 1 %% flap rate, 1 %% duplicate deliveries", options.channels(), options.meanStreamMinutes()));
        setup.put("watched channels", options.watched() + " (authorized: follows, subscriptions, cheers flow)");
        setup.put("services", "the five jars, -Xmx384m each; refresh every " + ServiceTuning.REFRESH_INTERVAL.toSeconds()
                + " s, sweep every " + ServiceTuning.SWEEP_INTERVAL.toSeconds() + " s, absent span "
                + ServiceTuning.ABSENT_SPAN.toSeconds() + " s (see the README)");
        setup.put("schedule", options.rounds() + " round(s) of 14 faults; Kafka, Redis, PostgreSQL down "
                + options.hold().toSeconds() + " s; bursts " + options.burst().toSeconds() + " s; "
                + options.soak().toSeconds() + " s between faults"
                + (options.only().isEmpty() ? "" : "; only " + String.join(", ", options.only())));
        setup.put("step timeout", options.stepTimeout().toSeconds() + " s");
        return setup;
    }
}
