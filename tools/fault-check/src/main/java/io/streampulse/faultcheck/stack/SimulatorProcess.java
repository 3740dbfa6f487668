package io.streampulse.faultcheck.stack;

import io.streampulse.faultcheck.RunOptions;
import io.streampulse.faultcheck.Waits;
import io.streampulse.faultcheck.sim.SimAdmin;
import io.streampulse.localstack.process.ChildProcess;
import io.streampulse.localstack.process.ChildSpec;
import io.streampulse.localstack.services.ServiceCatalog;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Twitch simulator ({@code tools/twitch-sim/target/twitch-sim.jar}) as a process, with a world tuned for churn:
 * short broadcasts, a 1 % flap rate, frequent channel events for authorized channels, and its ground truth also
 * written to {@code <work dir>/ground-truth.jsonl}.
 */
final class SimulatorProcess implements AutoCloseable {

    /** Follows, subs, gifts, resubs and cheers per minute of a live authorized channel (a tenth while offline). */
    static final double EVENT_RATE_PER_CHANNEL = 4.0;

    private final RunOptions options;
    private final StackLayout layout;
    private final int port;
    private final ChildLauncher launcher;
    private final String clientId;
    private final String clientSecret;
    private final SimAdmin admin;
    private ChildProcess process;

    SimulatorProcess(RunOptions options, StackLayout layout, int port, ChildLauncher launcher, String clientId,
                     String clientSecret) {
        this.options = options;
        this.layout = layout;
        this.port = port;
        this.launcher = launcher;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.admin = new SimAdmin(baseUrl());
    }

    void start(Duration timeout) {
        String jar = ServiceCatalog.SIMULATOR.jar(layout.jarRoot()).toString();
        process = launcher.start(new ChildSpec("twitch-sim", List.of("-Xmx384m", "-XX:+ExitOnOutOfMemoryError", "-jar", jar),
                environment(), layout.jarRoot(), false));
        boolean up = Waits.until(() -> !process.isAlive() || admin.healthy(), timeout);
        if (!process.isAlive()) {
            throw new StackFailure("before it was ready, the simulator " + process.exitReport());
        }
        if (!up) {
            throw new StackFailure("the simulator did not answer on " + baseUrl() + " within " + timeout.toSeconds() + " s");
        }
    }

    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SIM_PORT", Integer.toString(port));
        env.put("SIM_BIND", "127.0.0.1");
        env.put("SIM_CLIENT_ID", clientId);
        env.put("SIM_CLIENT_SECRET", clientSecret);
        env.put("SIM_CHANNELS", Integer.toString(options.channels()));
        env.put("SIM_LIVE_SHARE", "0.1");
        env.put("SIM_MEAN_STREAM_MINUTES", Integer.toString(options.meanStreamMinutes()));
        env.put("SIM_FLAP_RATE", "0.01");
        env.put("SIM_EVENT_RATE_PER_CHANNEL", Double.toString(EVENT_RATE_PER_CHANNEL));
        env.put("SIM_DUPLICATE_DELIVERY_RATE", "0.01");
        env.put("SIM_RATE_LIMIT", "800");
        env.put("SIM_GROUND_TRUTH_FILE", layout.workDir().resolve("ground-truth.jsonl").toString());
        return env;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    SimAdmin admin() {
        return admin;
    }

    @Override
    public void close() {
        if (process != null) {
            process.stop(Duration.ofSeconds(10));
        }
    }
}
