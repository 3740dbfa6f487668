package io.streampulse.twitchsim;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Command-line flags and their SIM_* environment variables (flag wins over env, env over default).
 * The README table lists the same options.
 */
final class CliOptions {
    record Option(String flag, String env, String help, BiFunction<SimConfig, String, SimConfig> apply) { }

    static final List<Option> OPTIONS = List.of(
            new Option("--port", "SIM_PORT", "HTTP port (0 = any free port)", (c, v) -> c.withPort(Integer.parseInt(v))),
            new Option("--channels", "SIM_CHANNELS", "channels (= users) in the world", (c, v) -> c.withChannels(Integer.parseInt(v))),
            new Option("--live-share", "SIM_LIVE_SHARE", "average share of channels live", (c, v) -> c.withLiveShare(Double.parseDouble(v))),
            new Option("--seed", "SIM_SEED", "random seed", (c, v) -> c.withSeed(Long.parseLong(v))),
            new Option("--clock-mode", "SIM_CLOCK_MODE", "REAL or MANUAL", (c, v) -> c.withClockMode(ClockMode.valueOf(v.toUpperCase(Locale.ROOT)))),
            new Option("--speed", "SIM_SPEED", "sim seconds per real second (REAL mode)", (c, v) -> c.withSpeed(Double.parseDouble(v))),
            new Option("--tick-ms", "SIM_TICK_MS", "sim time between world ticks, ms", (c, v) -> c.withTickInterval(Duration.ofMillis(Long.parseLong(v)))),
            new Option("--start-time", "SIM_START_TIME", "sim start time, RFC3339 (default now)", (c, v) -> c.withStartTime(Instant.parse(v))),
            new Option("--client-id", "SIM_CLIENT_ID", "registered client id", (c, v) -> c.withClientId(v)),
            new Option("--client-secret", "SIM_CLIENT_SECRET", "its secret (prefer the env var)", (c, v) -> c.withClientSecret(v)),
            new Option("--rate-limit", "SIM_RATE_LIMIT", "Helix points per minute per client", (c, v) -> c.withRateLimitPerMinute(Integer.parseInt(v))),
            new Option("--fault-5xx-rate", "SIM_FAULT_5XX_RATE", "share of Helix requests answered 503/500", (c, v) -> c.withFault5xxRate(Double.parseDouble(v))),
            new Option("--fault-latency-ms", "SIM_FAULT_LATENCY_MS", "latency added to Helix responses, ms", (c, v) -> c.withFaultLatency(Duration.ofMillis(Long.parseLong(v)))),
            new Option("--app-token-ttl-seconds", "SIM_APP_TOKEN_TTL_SECONDS", "app token lifetime (sim time)", (c, v) -> c.withAppTokenTtl(Duration.ofSeconds(Long.parseLong(v)))),
            new Option("--user-token-ttl-seconds", "SIM_USER_TOKEN_TTL_SECONDS", "user token lifetime (sim time)", (c, v) -> c.withUserTokenTtl(Duration.ofSeconds(Long.parseLong(v)))),
            new Option("--flap-rate", "SIM_FLAP_RATE", "chance a live stream is missing from one response", (c, v) -> c.withFlapRate(Double.parseDouble(v))),
            new Option("--event-rate-per-channel", "SIM_EVENT_RATE_PER_CHANNEL", "follows/subs/cheers per sim minute per live authorized channel", (c, v) -> c.withEventRatePerChannel(Double.parseDouble(v))),
            new Option("--duplicate-delivery-rate", "SIM_DUPLICATE_DELIVERY_RATE", "share of notifications sent twice", (c, v) -> c.withDuplicateDeliveryRate(Double.parseDouble(v))),
            new Option("--allow-http-callbacks", "SIM_ALLOW_HTTP_CALLBACKS", "accept http:// callbacks on any port", (c, v) -> c.withAllowHttpCallbacks(Boolean.parseBoolean(v))),
            new Option("--ground-truth-file", "SIM_GROUND_TRUTH_FILE", "JSON Lines file for the ground truth", (c, v) -> c.withGroundTruthFile(Path.of(v))),
            new Option("--mean-stream-minutes", "SIM_MEAN_STREAM_MINUTES", "mean broadcast length, minutes", (c, v) -> c.withMeanStreamDuration(Duration.ofMinutes(Long.parseLong(v)))),
            new Option("--delivery-failure-limit", "SIM_DELIVERY_FAILURE_LIMIT", "failed sends in a row before notification_failures_exceeded", (c, v) -> c.withDeliveryFailureLimit(Integer.parseInt(v))),
            new Option("--delivery-timeout-ms", "SIM_DELIVERY_TIMEOUT_MS", "how long a callback may take, ms", (c, v) -> c.withDeliveryTimeout(Duration.ofMillis(Long.parseLong(v)))));

    static final int STANDALONE_PORT = 8090;
    static final String BIND_FLAG = "--bind";
    static final String BIND_ENV = "SIM_BIND";

    private CliOptions() {
    }

    /** The config from defaults (port 8090), then env, then flags ({@code --flag value} or {@code --flag=value}). */
    static SimConfig parse(String[] args, Map<String, String> env) {
        Map<String, String> flags = flags(args);
        SimConfig config = SimConfig.defaults().withPort(STANDALONE_PORT);
        for (Option option : OPTIONS) {
            String value = flags.containsKey(option.flag()) ? flags.remove(option.flag()) : env.get(option.env());
            if (value != null && !value.isBlank()) {
                try {
                    config = option.apply().apply(config, value.trim());
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(option.flag() + "/" + option.env() + ": " + e.getMessage(), e);
                }
            }
        }
        flags.remove(BIND_FLAG);
        if (!flags.isEmpty()) {
            throw new IllegalArgumentException("unknown option(s): " + flags.keySet() + " (try --help)");
        }
        return config;
    }

    static String bindAddress(String[] args, Map<String, String> env) {
        return flags(args).getOrDefault(BIND_FLAG, env.getOrDefault(BIND_ENV, "0.0.0.0"));
    }

    static Map<String, String> flags(String[] args) {
        Map<String, String> flags = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + arg);
            }
            int eq = arg.indexOf('=');
            if (eq > 0) {
                flags.put(arg.substring(0, eq), arg.substring(eq + 1));
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                flags.put(arg, args[++i]);
            } else {
                flags.put(arg, "true");
            }
        }
        return flags;
    }

    static String help() {
        StringBuilder help = new StringBuilder("java -jar twitch-sim.jar [options]\n");
        for (Option o : OPTIONS) {
            help.append(String.format("  %-28s %-30s %s%n", o.flag(), o.env(), o.help()));
        }
        help.append(String.format("  %-28s %-30s %s%n", BIND_FLAG, BIND_ENV, "listen address (default 0.0.0.0)"));
        return help.toString();
    }
}
