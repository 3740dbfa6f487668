package io.streampulse.twitchsim;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Everything that shapes a simulated Twitch. Immutable; start from {@link #defaults()} and use the withers.
 *
 * @param port                 HTTP port, 0 (the default here) picks a free one; the standalone default is 8090
 * @param channels             number of channels (= users) in the world
 * @param liveShare            average share of channels live at once (the daily cycle swings around it)
 * @param seed                 random seed: same seed + start time + clock steps = same world
 * @param clockMode            REAL (with {@code speed}) or MANUAL
 * @param speed                sim seconds per real second in REAL mode
 * @param tickInterval         sim time between two world ticks
 * @param startTime            sim time at start; null = now (REAL) or now truncated to the hour (MANUAL)
 * @param clientId             the one registered application
 * @param clientSecret         its secret
 * @param rateLimitPerMinute   Helix token bucket size and refill per minute, per client id
 * @param fault5xxRate         share of Helix requests answered 503/500
 * @param faultLatency         latency added to every Helix response
 * @param appTokenTtl          lifetime of app access tokens (sim time)
 * @param userTokenTtl         lifetime of user access tokens (sim time)
 * @param flapRate             chance that a live stream is missing from one Get Streams response
 * @param eventRatePerChannel  channel events (follow, sub, cheer...) per sim minute per live authorized channel
 * @param duplicateDeliveryRate share of notifications delivered twice with the same message id
 * @param allowHttpCallbacks   accept http:// and any port for webhook callbacks (real Twitch: https on 443)
 * @param groundTruthFile      optional JSON Lines file the ground truth is appended to
 * @param meanStreamDuration   mean length of a broadcast
 * @param deliveryFailureLimit consecutive failed notifications before notification_failures_exceeded
 * @param deliveryTimeout      how long a callback may take to answer
 */
public record SimConfig(int port, int channels, double liveShare, long seed, ClockMode clockMode, double speed,
                        Duration tickInterval, Instant startTime, String clientId, String clientSecret,
                        int rateLimitPerMinute, double fault5xxRate, Duration faultLatency, Duration appTokenTtl,
                        Duration userTokenTtl, double flapRate, double eventRatePerChannel,
                        double duplicateDeliveryRate, boolean allowHttpCallbacks, Path groundTruthFile,
                        Duration meanStreamDuration, int deliveryFailureLimit, Duration deliveryTimeout) {

    public SimConfig {
        require(port >= 0 && port <= 65535, "port must be 0..65535");
        require(channels >= 1, "channels must be >= 1");
        require(liveShare >= 0 && liveShare <= 1, "liveShare must be 0..1");
        require(speed > 0, "speed must be > 0");
        require(tickInterval != null && !tickInterval.isNegative() && !tickInterval.isZero(), "tickInterval must be > 0");
        require(clockMode != null, "clockMode is required");
        require(clientId != null && !clientId.isBlank(), "clientId is required");
        require(clientSecret != null && !clientSecret.isBlank(), "clientSecret is required");
        require(rateLimitPerMinute >= 1, "rateLimitPerMinute must be >= 1");
        require(isShare(fault5xxRate) && isShare(flapRate) && isShare(duplicateDeliveryRate), "rates must be 0..1");
        require(faultLatency != null && !faultLatency.isNegative(), "faultLatency must be >= 0");
        require(isPositive(appTokenTtl) && isPositive(userTokenTtl), "token TTLs must be > 0");
        require(eventRatePerChannel >= 0, "eventRatePerChannel must be >= 0");
        require(isPositive(meanStreamDuration), "meanStreamDuration must be > 0");
        require(deliveryFailureLimit >= 1, "deliveryFailureLimit must be >= 1");
        require(isPositive(deliveryTimeout), "deliveryTimeout must be > 0");
    }

    public static SimConfig defaults() {
        return new SimConfig(0, 5000, 0.1, 42L, ClockMode.REAL, 1.0, Duration.ofSeconds(1), null,
                "streampulse-local", "streampulse-local-secret", 800, 0.0, Duration.ZERO,
                Duration.ofSeconds(5_011_271), Duration.ofSeconds(14_400), 0.01, 0.5, 0.01, true, null,
                Duration.ofHours(3), 5, Duration.ofSeconds(5));
    }

    public SimConfig withPort(int v) { return new SimConfig(v, channels, liveShare, seed, clockMode, speed, tickInterval, startTime, clientId, clientSecret, rateLimitPerMinute, fault5xxRate, faultLatency, appTokenTtl, userTokenTtl, flapRate, eventRatePerChannel, duplicateDeliveryRate, allowHttpCallbacks, groundTruthFile, meanStreamDuration, deliveryFailureLimit, deliveryTimeout); }
    public SimConfig withChannels(int v) { return new SimConfig(port, v, liveShare, seed, clockMode, speed, tickInterval, startTime, clientId, clientSecret, rateLimitPerMinute, fault5xxRate, faultLatency, appTokenTtl, userTokenTtl, flapRate, eventRatePerChannel, duplicateDeliveryRate, allowHttpCallbacks, groundTruthFile, meanStreamDuration, deliveryFailureLimit, deliveryTimeout); }
    public SimConfig withLiveShare(double v) { return new SimConfig(port, channels, v, seed, clockMode, speed, tickInterval, startTime, clientId, clientSecret, rateLimitPerMinute, fault5xxRate, faultLatency, appTokenTtl, userTokenTtl, flapRate, eventRatePerChannel, duplicateDeliveryRate, allowHttpCallbacks, groundTruthFile, meanStreamDuration, deliveryFailureLimit, deliveryTimeout); }
    public SimConfig withSeed(long v) { return new SimConfig(port, channels, liveShare, v, clockMode, speed, tickInterval, startTime, clientId, clientSecret, rateLimitPerMinute, fault5xxRate, faultLatency, appTokenTtl, userTokenTtl, flapRate, eventRatePerChannel, duplicateDeliveryRate, allowHttpCallbacks, groundTruthFile, meanStreamDuration, deliveryFailureLimit, deliveryTimeout); }
    public SimConfig withClockMode(ClockMode v) { return new SimConfig(port, channels, liveShare, seed, v, speed, tickInterval, startTime, clientId, clientSecret, rateLimitPerMinute, fault5xxRate, faultLatency, appTokenTtl, userTokenTtl, flapRate, eventRatePerChannel, duplicateDeliveryRate, allowHttpCallbacks, groundTruthFile, meanStreamDuration, deliveryFailureLimit, deliveryTimeout); }
    public SimConfig withSpeed(double v) { return new SimConfig(port, channels, liveShare, seed, clockMode, v, tickInterval, startTime, clientId, clientSecret, rateLimitPerMinute, fault5xxRate, faultLatency, appTokenTtl, userTokenTtl, flapRate, eventRatePerChannel, duplicateDeliveryRate, allowHttpCallbacks, groundTruthFile, meanStreamDuration, deliveryFailureLimit, deliveryTimeout); }
    public SimConfig withTickInterval(Duration v) { return new SimConfig(port, channels, liveShare, seed, clockMode, speed, v, startTime, clientId, clientSecret, rateLimitPerMinute, fault5xxRate, faultLatency, appTokenTtl, userTokenTtl, flapRate, eventRatePerChannel, duplicateDeliveryRate, allowHttpCallbacks, groundTruthFile, meanStreamDuration, deliveryFailureLimit, deliveryTimeout); }
    public SimConfig withStartTime(Instant v) { return new SimConfig(port, channels, liveShare, seed, clockMode, speed, tickInterval, v, clientId, clientSecret, rateLimitPerMinute, fault5xxRate, faultLatency, appTokenTtl, userTokenTtl, flapRate, eventRatePerChannel, duplicateDeliveryRate, allowHttpCallbacks, groundTruthFile, meanStreamDuration, deliveryFailureLimit, deliveryTimeout); }
    public SimConfig withClientId(String v) { return new SimConfig(port, channels, liveShare, seed, clockMode, speed, tickInterval, startTime, v, clientSecret, rateLimitPerMinute, fault5xxRate, faultLatency, appTokenTtl, userTokenTtl, flapRate, eventRatePerChannel, duplicateDeliveryRate, allowHttpCallbacks, groundTruthFile, meanStreamDuration, deliveryFailureLimit, deliveryTimeout); }
    public SimConfig withClientSecret(String v) { return new SimConfig(port, channels, liveShare, seed, clockMode, speed, tickInterval, startTime, clientId, v, rateLimitPerMinute, fault5xxRate, faultLatency, appTokenTtl, userTokenTtl, flapRate, eventRatePerChannel, duplicateDeliveryRate, allowHttpCallbacks, groundTruthFile, meanStreamDuration, deliveryFailureLimit, deliveryTimeout); }
    public SimConfig withRateLimitPerMinute(int v) { return new SimConfig(port, channels, liveShare, seed, clockMode, speed, tickInterval, startTime, clientId, clientSecret, v, fault5xxRate, faultLatency, appTokenTtl, userTokenTtl, flapRate, eventRatePerChannel, duplicateDeliveryRate, allowHttpCallbacks, groundTruthFile, meanStreamDuration, deliveryFailureLimit, deliveryTimeout); }
    public SimConfig withFault5xxRate(double v) { return new SimConfig(port, channels, liveShare, seed, clockMode, speed, tickInterval, startTime, clientId, clientSecret, rateLimitPerMinute, v, faultLatency, appTokenTtl, userTokenTtl, flapRate, eventRatePerChannel, duplicateDeliveryRate, allowHttpCallbacks, groundTruthFile, meanStreamDuration, deliveryFailureLimit, deliveryTimeout); }
    public SimConfig withFaultLatency(Duration v) { return new SimConfig(port, channels, liveShare, seed, clockMode, speed, tickInterval, startTime, clientId, clientSecret, rateLimitPerMinute, fault5xxRate, v, appTokenTtl, userTokenTtl, flapRate, eventRatePerChannel, duplicateDeliveryRate, allowHttpCallbacks, groundTruthFile, meanStreamDuration, deliveryFailureLimit, deliveryTimeout); }
    public SimConfig withAppTokenTtl(Duration v) { return new SimConfig(port, channels, liveShare, seed, clockMode, speed, tickInterval, startTime, clientId, clientSecret, rateLimitPerMinute, fault5xxRate, faultLatency, v, userTokenTtl, flapRate, eventRatePerChannel, duplicateDeliveryRate, allowHttpCallbacks, groundTruthFile, meanStreamDuration, deliveryFailureLimit, deliveryTimeout); }
    public SimConfig withUserTokenTtl(Duration v) { return new SimConfig(port, channels, liveShare, seed, clockMode, speed, tickInterval, startTime, clientId, clientSecret, rateLimitPerMinute, fault5xxRate, faultLatency, appTokenTtl, v, flapRate, eventRatePerChannel, duplicateDeliveryRate, allowHttpCallbacks, groundTruthFile, meanStreamDuration, deliveryFailureLimit, deliveryTimeout); }
    public SimConfig withFlapRate(double v) { return new SimConfig(port, channels, liveShare, seed, clockMode, speed, tickInterval, startTime, clientId, clientSecret, rateLimitPerMinute, fault5xxRate, faultLatency, appTokenTtl, userTokenTtl, v, eventRatePerChannel, duplicateDeliveryRate, allowHttpCallbacks, groundTruthFile, meanStreamDuration, deliveryFailureLimit, deliveryTimeout); }
    public SimConfig withEventRatePerChannel(double v) { return new SimConfig(port, channels, liveShare, seed, clockMode, speed, tickInterval, startTime, clientId, clientSecret, rateLimitPerMinute, fault5xxRate, faultLatency, appTokenTtl, userTokenTtl, flapRate, v, duplicateDeliveryRate, allowHttpCallbacks, groundTruthFile, meanStreamDuration, deliveryFailureLimit, deliveryTimeout); }
    public SimConfig withDuplicateDeliveryRate(double v) { return new SimConfig(port, channels, liveShare, seed, clockMode, speed, tickInterval, startTime, clientId, clientSecret, rateLimitPerMinute, fault5xxRate, faultLatency, appTokenTtl, userTokenTtl, flapRate, eventRatePerChannel, v, allowHttpCallbacks, groundTruthFile, meanStreamDuration, deliveryFailureLimit, deliveryTimeout); }
    public SimConfig withAllowHttpCallbacks(boolean v) { return new SimConfig(port, channels, liveShare, seed, clockMode, speed, tickInterval, startTime, clientId, clientSecret, rateLimitPerMinute, fault5xxRate, faultLatency, appTokenTtl, userTokenTtl, flapRate, eventRatePerChannel, duplicateDeliveryRate, v, groundTruthFile, meanStreamDuration, deliveryFailureLimit, deliveryTimeout); }
    public SimConfig withGroundTruthFile(Path v) { return new SimConfig(port, channels, liveShare, seed, clockMode, speed, tickInterval, startTime, clientId, clientSecret, rateLimitPerMinute, fault5xxRate, faultLatency, appTokenTtl, userTokenTtl, flapRate, eventRatePerChannel, duplicateDeliveryRate, allowHttpCallbacks, v, meanStreamDuration, deliveryFailureLimit, deliveryTimeout); }
    public SimConfig withMeanStreamDuration(Duration v) { return new SimConfig(port, channels, liveShare, seed, clockMode, speed, tickInterval, startTime, clientId, clientSecret, rateLimitPerMinute, fault5xxRate, faultLatency, appTokenTtl, userTokenTtl, flapRate, eventRatePerChannel, duplicateDeliveryRate, allowHttpCallbacks, groundTruthFile, v, deliveryFailureLimit, deliveryTimeout); }
    public SimConfig withDeliveryFailureLimit(int v) { return new SimConfig(port, channels, liveShare, seed, clockMode, speed, tickInterval, startTime, clientId, clientSecret, rateLimitPerMinute, fault5xxRate, faultLatency, appTokenTtl, userTokenTtl, flapRate, eventRatePerChannel, duplicateDeliveryRate, allowHttpCallbacks, groundTruthFile, meanStreamDuration, v, deliveryTimeout); }
    public SimConfig withDeliveryTimeout(Duration v) { return new SimConfig(port, channels, liveShare, seed, clockMode, speed, tickInterval, startTime, clientId, clientSecret, rateLimitPerMinute, fault5xxRate, faultLatency, appTokenTtl, userTokenTtl, flapRate, eventRatePerChannel, duplicateDeliveryRate, allowHttpCallbacks, groundTruthFile, meanStreamDuration, deliveryFailureLimit, v); }

    private static boolean isShare(double v) { return v >= 0 && v <= 1; }

    private static boolean isPositive(Duration d) { return d != null && !d.isNegative() && !d.isZero(); }

    private static void require(boolean ok, String message) {
        if (!ok) throw new IllegalArgumentException(message);
    }
}
