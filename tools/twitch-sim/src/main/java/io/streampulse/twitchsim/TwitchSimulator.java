package io.streampulse.twitchsim;

import io.streampulse.twitchsim.admin.AdminRoute;
import io.streampulse.twitchsim.eventsub.EventSubModule;
import io.streampulse.twitchsim.fault.Faults;
import io.streampulse.twitchsim.helix.HelixRoute;
import io.streampulse.twitchsim.http.SimHttpServer;
import io.streampulse.twitchsim.oauth.Clients;
import io.streampulse.twitchsim.oauth.Grants;
import io.streampulse.twitchsim.oauth.OAuthRoute;
import io.streampulse.twitchsim.oauth.TokenStore;
import io.streampulse.twitchsim.ratelimit.RateLimiter;
import io.streampulse.twitchsim.truth.EventLedger;
import io.streampulse.twitchsim.truth.RequestStats;
import io.streampulse.twitchsim.truth.SessionLedger;
import io.streampulse.twitchsim.truth.TruthFile;
import io.streampulse.twitchsim.world.Moderators;
import io.streampulse.twitchsim.world.World;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** A running simulated Twitch (Helix, OAuth, EventSub webhooks, admin API) on one HTTP port. */
public final class TwitchSimulator implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TwitchSimulator.class);
    private final SimConfig config;
    private final SimClock clock;
    private final World world;
    private final GroundTruth groundTruth;
    private final SimControl control;
    private final SimHttpServer server;
    private final EventSubModule eventSub;
    private final TruthFile truthFile;
    private final ScheduledExecutorService ticker;
    private final RequestStats requestStats = new RequestStats();
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private TwitchSimulator(SimConfig config, String bindAddress) {
        this.config = config;
        Instant start = startTime(config);
        WorldEventRouter router = new WorldEventRouter();
        this.world = new World(new World.Settings(config.channels(), config.liveShare(), config.seed(),
                config.tickInterval(), config.meanStreamDuration(), config.eventRatePerChannel(), start), router);
        this.clock = new SimClock(config.clockMode(), config.speed(), start);
        this.truthFile = new TruthFile(config.groundTruthFile());
        EventLedger eventLedger = new EventLedger(truthFile);
        SessionLedger sessions = new SessionLedger(world, truthFile);
        this.groundTruth = new GroundTruth(sessions, eventLedger);
        Grants grants = new Grants();
        Moderators moderators = new Moderators();
        TokenStore tokens = new TokenStore(clock::now, config.appTokenTtl(), config.userTokenTtl());
        Clients clients = new Clients(config.clientId(), config.clientSecret());
        RuntimeKnobs knobs = new RuntimeKnobs(config.flapRate(), config.duplicateDeliveryRate());
        Faults faults = new Faults(config.fault5xxRate(), config.faultLatency());
        RateLimiter limiter = new RateLimiter(config.rateLimitPerMinute());
        this.eventSub = new EventSubModule(world.channels(), world.catalog(), grants, moderators, eventLedger,
                clock::now, config.allowHttpCallbacks(), config.deliveryTimeout(), config.deliveryFailureLimit(),
                knobs::duplicateDeliveryRate);
        router.attach(sessions, eventSub.hub());
        grants.addListener(new Grants.Listener() {
            @Override
            public void granted(int user, String clientId, Set<String> scopes) {
                world.setEventful(user, true);
            }

            @Override
            public void revoked(int user, String clientId) {
                tokens.dropUser(user, clientId);
                world.setEventful(user, false);
            }
        });
        this.control = new SimControl(config, clock, world, grants, tokens, moderators, faults, limiter, knobs,
                eventSub, router);
        HelixRoute helix = new HelixRoute(world, tokens, clients, limiter, faults, requestStats, moderators,
                clock::now, knobs::flapRate);
        eventSub.registerOn(helix);
        this.server = new SimHttpServer(bindAddress, config.port());
        server.mount("/helix", helix);
        server.mount("/oauth2", new OAuthRoute(clients, tokens, grants, world.channels()));
        server.mount("/admin", new AdminRoute(control, groundTruth, this::stats, this::worldSummary, eventSub.store()));
        server.mount("/health", call -> call.json(200, Map.of("status", "UP")));
        sessions.writeInitialSessions();
        this.ticker = startClock();
        server.start();
    }

    /** Starts a simulator listening on 127.0.0.1 (port 0 = a free port). */
    public static TwitchSimulator start(SimConfig config) {
        return new TwitchSimulator(config, "127.0.0.1");
    }

    static TwitchSimulator start(SimConfig config, String bindAddress) {
        return new TwitchSimulator(config, bindAddress);
    }

    private static Instant startTime(SimConfig config) {
        if (config.startTime() != null) {
            return config.startTime();
        }
        Instant now = Instant.now();
        return config.clockMode() == ClockMode.MANUAL ? now.truncatedTo(ChronoUnit.MINUTES) : now.truncatedTo(ChronoUnit.MILLIS);
    }

    private ScheduledExecutorService startClock() {
        if (config.clockMode() == ClockMode.MANUAL) {
            clock.onAdvance(world::advanceTo);
            return null;
        }
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "twitch-sim-clock");
            thread.setDaemon(true);
            return thread;
        });
        long periodMicros = Math.max(5_000, (long) (config.tickInterval().toNanos() / 1000 / config.speed()));
        scheduler.scheduleAtFixedRate(this::tickToNow, periodMicros, periodMicros, TimeUnit.MICROSECONDS);
        return scheduler;
    }

    private void tickToNow() {
        try {
            world.advanceTo(clock.now());
            world.warmSnapshotIfRead();
        } catch (RuntimeException e) {
            LOG.error("world tick failed; the clock keeps running", e);
        }
    }

    public String baseUrl() { return "http://127.0.0.1:" + server.port(); }
    public String helixUrl() { return baseUrl() + "/helix"; }
    public String authUrl() { return baseUrl() + "/oauth2"; }
    public int port() { return server.port(); }
    public SimConfig config() { return config; }
    public SimClock clock() { return clock; }
    public GroundTruth groundTruth() { return groundTruth; }
    public SimControl control() { return control; }

    /** Channels, live streams and viewers right now. */
    public Map<String, Object> worldSummary() {
        return world.read(() -> {
            long viewers = 0;
            for (int ch : world.snapshot().order()) {
                viewers += world.viewers(ch);
            }
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("sim_time", clock.now().toString());
            summary.put("last_tick", world.lastTick().toString());
            summary.put("ticks", world.ticks());
            summary.put("clock_mode", config.clockMode().name());
            summary.put("channels", world.channels().count());
            summary.put("live", world.liveCount());
            summary.put("viewers", viewers);
            return summary;
        });
    }

    private Map<String, Object> stats() {
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("helix", requestStats.snapshot());
        Map<String, Object> eventsub = new LinkedHashMap<>(eventSub.stats().snapshot());
        eventsub.put("queued", eventSub.queued());
        stats.put("eventsub", eventsub);
        stats.put("world", worldSummary());
        return stats;
    }

    RequestStats requestStats() {
        return requestStats;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (ticker != null) {
            ticker.shutdownNow();
        }
        server.close();
        eventSub.close();
        truthFile.close();
    }
}
