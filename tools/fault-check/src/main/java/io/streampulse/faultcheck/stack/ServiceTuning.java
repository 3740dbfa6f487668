package io.streampulse.faultcheck.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The service settings the run shortens, so that streams are discovered, refreshed and closed many times within a
 * few minutes: every one is a documented setting of the service's README, set through its environment variable.
 * Nothing else differs from a default deployment (consumer groups, session timeouts, Kafka client settings).
 */
public final class ServiceTuning {

    /** Discovery sweep period: a stream live this long outside a fault is seen by a sweep. */
    public static final Duration SWEEP_INTERVAL = Duration.ofSeconds(15);
    public static final Duration REFRESH_INTERVAL = Duration.ofSeconds(10);
    /** Archive ends a session after two ABSENT observations at least this far apart. */
    public static final Duration ABSENT_SPAN = Duration.ofSeconds(30);
    /** Two refresh intervals, the ratio of the defaults (60 s refresh, 2 min cap). */
    public static final Duration OBSERVATION_GAP = Duration.ofSeconds(20);

    private ServiceTuning() {
    }

    public static Map<String, String> forService(String service, Path workDir) {
        Map<String, String> env = new LinkedHashMap<>();
        switch (service) {
            case "ingest" -> {
                env.put("STREAMPULSE_SWEEP_INTERVAL", seconds(SWEEP_INTERVAL));
                env.put("STREAMPULSE_SWEEP_POLL_INTERVAL", "2s");
                env.put("STREAMPULSE_SWEEP_LEASE", "20s");
                env.put("STREAMPULSE_SUBSCRIPTIONS_RECONCILE_INTERVAL", "30s");
            }
            case "refresh" -> {
                env.put("STREAMPULSE_REFRESH_INTERVAL", seconds(REFRESH_INTERVAL));
                env.put("STREAMPULSE_REFRESH_DUE_SOON", "2s");
                env.put("STREAMPULSE_REFRESH_CLAIM_TIMEOUT", "8s");
                env.put("STREAMPULSE_REFRESH_MARKER_CHECK_INTERVAL", "2s");
            }
            case "archive" -> {
                env.put("ARCHIVE_SESSION_ABSENT_SPAN", seconds(ABSENT_SPAN));
                env.put("ARCHIVE_SESSION_MAX_INTEGRATION_GAP", seconds(OBSERVATION_GAP));
                env.put("ARCHIVE_EXPORT_ENABLED", "false");
                env.put("ARCHIVE_EXPORT_DIRECTORY", workDir.resolve("exports").toString());
            }
            case "aggregator" -> aggregator(env);
            case "api" -> { }
            default -> throw new IllegalArgumentException("unknown service " + service);
        }
        return env;
    }

    /** Also the clean aggregator's settings: both must compute with the same rules. */
    public static void aggregator(Map<String, String> env) {
        env.put("STREAMPULSE_AGGREGATOR_MAX_OBSERVATION_GAP", seconds(OBSERVATION_GAP));
    }

    private static String seconds(Duration duration) {
        return duration.toSeconds() + "s";
    }
}
