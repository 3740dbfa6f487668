package io.streampulse.twitch.helix;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.streampulse.twitch.TwitchConfig;
import io.streampulse.twitch.auth.AppTokenProvider;
import io.streampulse.twitch.budget.BudgetSettings;
import io.streampulse.twitch.budget.InMemoryRateBudget;
import io.streampulse.twitch.budget.Priority;
import io.streampulse.twitch.budget.RateBudget;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Objects;

/** Wiring for {@link HelixClient}; every part has a default suitable for a single process. */
public final class HelixClientBuilder {
    private final TwitchConfig config;
    private HttpClient http;
    private AppTokenProvider tokens;
    private RateBudget budget;
    private RetryPolicy retry = RetryPolicy.defaults();
    private MeterRegistry registry;
    private Clock clock = Clock.systemUTC();
    private Priority priority = Priority.REFRESH;

    HelixClientBuilder(TwitchConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public HelixClientBuilder httpClient(HttpClient client) {
        this.http = client;
        return this;
    }

    /** Share one provider between clients of the same client id. */
    public HelixClientBuilder tokenProvider(AppTokenProvider provider) {
        this.tokens = provider;
        return this;
    }

    /** The shared budget ({@code RedisRateBudget} in services); default: an in-memory one owned by the client. */
    public HelixClientBuilder budget(RateBudget rateBudget) {
        this.budget = rateBudget;
        return this;
    }

    public HelixClientBuilder retryPolicy(RetryPolicy policy) {
        this.retry = Objects.requireNonNull(policy);
        return this;
    }

    public HelixClientBuilder meterRegistry(MeterRegistry meterRegistry) {
        this.registry = meterRegistry;
        return this;
    }

    public HelixClientBuilder clock(Clock c) {
        this.clock = Objects.requireNonNull(c);
        return this;
    }

    public HelixClientBuilder priority(Priority p) {
        this.priority = Objects.requireNonNull(p);
        return this;
    }

    public HelixClient build() {
        MeterRegistry meters = registry != null ? registry : new SimpleMeterRegistry();
        HttpClient client = http != null ? http : defaultHttpClient(config);
        AppTokenProvider provider = tokens != null ? tokens : new AppTokenProvider(config, client, meters, clock);
        RateBudget rateBudget = budget;
        AutoCloseable owned = null;
        if (rateBudget == null) {
            rateBudget = InMemoryRateBudget.create(BudgetSettings.defaults(config.clientId()), meters, clock);
            owned = rateBudget;
        }
        HelixRequestExecutor executor = new HelixRequestExecutor(config, client, provider, rateBudget, retry,
                new HelixMetrics(meters), clock);
        return new HelixClient(executor, priority, owned);
    }

    /** HTTP/2 where TLS negotiates it; plain HTTP/1.1 for the simulator (no h2c upgrade dance). */
    public static HttpClient defaultHttpClient(TwitchConfig config) {
        HttpClient.Version version = "https".equalsIgnoreCase(config.helixUrl().getScheme())
                ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1;
        return HttpClient.newBuilder().connectTimeout(config.connectTimeout()).version(version).build();
    }
}
