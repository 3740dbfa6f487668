package io.streampulse.bench.refresh;

import io.streampulse.bench.infra.Console;
import io.streampulse.bench.infra.Ports;
import io.streampulse.bench.infra.ServiceProcess;
import io.streampulse.twitchsim.TwitchSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Starts the services' jars with the environment their READMEs document, each on a free HTTP port, and echoes
 * the lines worth seeing while a benchmark runs (partition assignments, rebuilds, warnings; at most a few
 * warnings per process, the rest are in the log files).
 */
record Services(Path refreshJar, Path ingestJar, Path logDir) {

    private static final Pattern ECHO = Pattern.compile("Assigned partitions|Revoked partitions|rebuilt|Rebuilt"
        + "|Startup completed|Sweep cycle| ERROR ");
    private static final int MAX_WARNINGS_ECHOED = 20;

    ServiceProcess refresh(String name, String kafka, String redis, TwitchSimulator sim, Duration interval) {
        Map<String, String> env = common(kafka, redis, sim);
        env.put("STREAMPULSE_REFRESH_INTERVAL", interval.toSeconds() + "s");
        return start(name, refreshJar, env);
    }

    ServiceProcess ingest(String name, String kafka, String redis, TwitchSimulator sim) {
        Map<String, String> env = common(kafka, redis, sim);
        env.put("STREAMPULSE_SUBSCRIPTIONS_ENABLED", "false");
        return start(name, ingestJar, env);
    }

    private ServiceProcess start(String name, Path jar, Map<String, String> env) {
        int port = Ports.free();
        env.put("MICRONAUT_SERVER_PORT", Integer.toString(port));
        Console.log("starting %s: %s on port %d", name, jar.getFileName(), port);
        return ServiceProcess.start(name, jar, RigSettings.SERVICE_HEAP, env, port, logDir, echo(name));
    }

    private static Map<String, String> common(String kafka, String redis, TwitchSimulator sim) {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
        env.put("REDIS_URI", redis);
        env.put("TWITCH_HELIX_URL", sim.helixUrl());
        env.put("TWITCH_AUTH_URL", sim.authUrl());
        env.put("TWITCH_CLIENT_ID", sim.config().clientId());
        env.put("TWITCH_CLIENT_SECRET", sim.config().clientSecret());
        env.put("LOG_LEVEL", "INFO");
        return env;
    }

    private static Consumer<String> echo(String name) {
        AtomicInteger warnings = new AtomicInteger();
        return line -> {
            boolean warning = line.contains(" WARN ");
            if (ECHO.matcher(line).find() || (warning && warnings.incrementAndGet() <= MAX_WARNINGS_ECHOED)) {
                Console.log("[%s] %s", name, line.length() > 220 ? line.substring(0, 220) + "..." : line);
            }
        };
    }
}
