package io.streampulse.bench.refresh;

import io.streampulse.bench.Args;
import io.streampulse.bench.Workspace;
import io.streampulse.twitchsim.ClockMode;
import java.time.Duration;

/**
 * The options the two fault benchmarks (refresh-failover, refresh-flush) share: two refresh replicas on a REAL
 * clock, a warm-up before the fault and how long to watch after it.
 */
record FaultOptions(RigSettings settings, Duration warmUp, Duration after, String refreshJar) {

    static final String USAGE = "[--live 80000] [--warmup 2] [--after 3] [--interval 60] [--refresh-jar <path>]";

    static FaultOptions parse(Args args) {
        RigSettings settings = new RigSettings(args.integer("live", 80_000), ClockMode.REAL,
            Duration.ofSeconds(args.integer("interval", 60)), 2, false, 800);
        Duration warmUp = Duration.ofSeconds((long) (args.decimal("warmup", 2) * 60));
        Duration after = Duration.ofSeconds((long) (args.decimal("after", 3) * 60));
        String refreshJar = args.text("refresh-jar", "");
        args.rejectUnread();
        return new FaultOptions(settings, warmUp, after, refreshJar);
    }

    /** The refresh jar and the run's log directory for benchmark {@code id} (no ingest: discovery paused). */
    Services services(Workspace workspace, String id) {
        return new Services(workspace.jarOr(refreshJar, "refresh-service"), null, workspace.runDirectory(id));
    }
}
