package io.streampulse.faultcheck.fault;

import io.streampulse.faultcheck.RunOptions;
import io.streampulse.faultcheck.sim.SimAdmin;
import io.streampulse.faultcheck.stack.PrivateStack;
import io.streampulse.faultcheck.stack.ServiceFleet;
import io.streampulse.faultcheck.webhook.WebhookFaults;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The faults of issue #10, in order: SIGKILL and restart of each worker, a Kafka broker SIGKILL and restart on the
 * same data, Redis FLUSHALL, a Redis restart (empty), a PostgreSQL restart, Twitch 5xx and 429 bursts, an app-token
 * expiry, duplicate webhook deliveries and re-posts, forged webhooks.
 */
public final class FaultSchedule {

    /** Notifications posted again during the duplicates step. */
    static final int REPOSTS = 20;
    /** Forged deliveries: wrongly signed, and correctly signed but stale. */
    static final int FORGED_BAD_SIGNATURE = 20;
    static final int FORGED_STALE = 5;
    /** While the 429 burst lasts, the simulator's bucket holds this many points per minute (normally 800). */
    static final int BURST_RATE_LIMIT = 20;
    /**
     * Services whose downtime hides broadcasts: ingest discovers them, refresh observes them (archive opens a session
     * on a LIVE observation). Archive, aggregator and api catch up from Kafka: nothing may be lost while they are down.
     */
    static final List<String> BLINDED_BY_DOWNTIME = List.of("ingest", "refresh");

    private FaultSchedule() {
    }

    public static List<FaultStep> build(PrivateStack stack, RunOptions options, WebhookFaults webhooks) {
        List<FaultStep> steps = new ArrayList<>();
        ServiceFleet services = stack.services();
        for (String service : List.of("ingest", "refresh", "archive", "aggregator", "api")) {
            steps.add(new FaultStep("SIGKILL " + service + ", restart", () -> services.kill(service), Duration.ZERO,
                    () -> services.start(service), BLINDED_BY_DOWNTIME.contains(service)));
        }
        steps.add(new FaultStep("Kafka broker SIGKILL, restart on its data", stack.kafka()::kill, options.hold(),
                () -> stack.kafka().start(options.stepTimeout()), true));
        steps.add(FaultStep.oneShot("Redis FLUSHALL", stack.redis()::flushAll, true));
        AtomicReference<Instant> redisLost = new AtomicReference<>(Instant.now());
        steps.add(new FaultStep("Redis restart (comes back empty)", () -> {
            redisLost.set(Instant.now());
            stack.redis().stop();
        }, options.hold(), stack.redis()::start, true));
        steps.add(new FaultStep("PostgreSQL restart", stack.postgres()::stop, options.hold(), stack.postgres()::start, false));
        steps.addAll(twitchFaults(stack.sim(), options));
        steps.add(new FaultStep("webhook duplicates: every delivery twice, acknowledged ones re-posted", () -> {
            stack.sim().faults(Map.of("duplicate_delivery_rate", 1.0));
            webhooks.repostDelivered(redisLost.get(), REPOSTS);
        }, options.burst(), () -> stack.sim().faults(Map.of("duplicate_delivery_rate", 0.01)), false));
        steps.add(FaultStep.oneShot("forged and stale webhooks",
                () -> webhooks.postForged(FORGED_BAD_SIGNATURE, FORGED_STALE), false));
        return steps;
    }

    private static List<FaultStep> twitchFaults(SimAdmin sim, RunOptions options) {
        return List.of(
                new FaultStep("Twitch 5xx burst (every Helix call fails)",
                        () -> sim.faults(Map.of("fault_5xx_rate", 1.0)), options.burst(),
                        () -> sim.faults(Map.of("fault_5xx_rate", 0.0)), true),
                new FaultStep("Twitch 429 burst (" + BURST_RATE_LIMIT + " points per minute)",
                        () -> sim.faults(Map.of("rate_limit_per_minute", BURST_RATE_LIMIT)), options.burst(),
                        () -> sim.faults(Map.of("rate_limit_per_minute", 800)), true),
                FaultStep.oneShot("app token expiry", sim::expireAppTokens, true));
    }
}
