package io.streampulse.twitchsim.helix;

import io.streampulse.twitchsim.fault.Faults;
import io.streampulse.twitchsim.http.ApiError;
import io.streampulse.twitchsim.http.HttpCall;
import io.streampulse.twitchsim.http.SimHttpServer;
import io.streampulse.twitchsim.oauth.Clients;
import io.streampulse.twitchsim.oauth.TokenStore;
import io.streampulse.twitchsim.ratelimit.RateLimiter;
import io.streampulse.twitchsim.truth.RequestStats;
import io.streampulse.twitchsim.world.Moderators;
import io.streampulse.twitchsim.world.World;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * Everything under {@code /helix}. Per request: count it, wait the injected latency, find the caller, take a point
 * from the caller's bucket (429 when empty; Ratelimit-* headers on every answer), maybe inject a 5xx, answer 401
 * for a missing/invalid/expired token or a Client-Id that is not the token's, then run the endpoint.
 */
public final class HelixRoute implements SimHttpServer.Route {
    private static final String PREFIX = "/helix";
    private static final String UNAUTHENTICATED_BUCKET = "unauthenticated";

    private final TokenStore tokens;
    private final Clients clients;
    private final RateLimiter limiter;
    private final Faults faults;
    private final RequestStats stats;
    private final Map<String, HelixEndpoint> endpoints = new HashMap<>();

    public HelixRoute(World world, TokenStore tokens, Clients clients, RateLimiter limiter, Faults faults,
                      RequestStats stats, Moderators moderators, Supplier<Instant> clock, DoubleSupplier flapRate) {
        this.tokens = tokens;
        this.clients = clients;
        this.limiter = limiter;
        this.faults = faults;
        this.stats = stats;
        GamesEndpoint games = new GamesEndpoint(world);
        register("GET", "/streams", new StreamsEndpoint(world, flapRate));
        register("GET", "/users", new UsersEndpoint(world.channels()));
        register("GET", "/games", games::games);
        register("GET", "/games/top", games::top);
        register("GET", "/channels", new ChannelsEndpoint(world));
        register("GET", "/channels/followers", new FollowersEndpoint(world, moderators, clock));
        register("GET", "/chat/chatters", new ChattersEndpoint(world, moderators));
        register("GET", "/users/follows", (call, caller) -> {
            throw ApiError.helix(410, "The endpoint has been removed");
        });
    }

    /** Adds an endpoint, e.g. {@code register("POST", "/eventsub/subscriptions", ...)}. */
    public void register(String method, String path, HelixEndpoint endpoint) {
        endpoints.put(method + " " + path, endpoint);
    }

    @Override
    public void handle(HttpCall call) {
        String path = call.path().substring(PREFIX.length());
        String route = call.method() + " " + path;
        stats.request(endpoints.containsKey(route) ? route : "unknown");
        faults.delay();
        Optional<Caller> caller = authenticate(call);
        String bucket = caller.map(HelixRoute::bucketOf).orElseGet(() -> fallbackBucket(call));
        if (!limiter.take(bucket, 1, call)) {
            stats.rateLimited();
            throw ApiError.helix(429, "Too Many Requests");
        }
        stats.pointsUsed(1);
        Optional<ApiError> injected = faults.maybeServerError();
        if (injected.isPresent()) {
            stats.injected5xx();
            throw injected.get();
        }
        if (caller.isEmpty()) {
            stats.unauthorized();
            throw ApiError.helix(401, "Invalid OAuth token");
        }
        HelixEndpoint endpoint = endpoints.get(route);
        if (endpoint == null) {
            throw ApiError.helix(404, "Not Found");
        }
        endpoint.handle(call, caller.get());
    }

    private Optional<Caller> authenticate(HttpCall call) {
        String authorization = call.header("Authorization");
        String clientId = call.header("Client-Id");
        if (authorization == null || clientId == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return tokens.find(authorization.substring(7).trim())
                .filter(token -> token.clientId().equals(clientId.trim()))
                .map(Caller::new);
    }

    private static String bucketOf(Caller caller) {
        return caller.isApp() ? caller.clientId() : caller.clientId() + ":" + caller.user();
    }

    private String fallbackBucket(HttpCall call) {
        String clientId = call.header("Client-Id");
        return clients.exists(clientId) ? clientId : UNAUTHENTICATED_BUCKET;
    }
}
