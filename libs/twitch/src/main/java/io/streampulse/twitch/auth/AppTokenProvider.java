package io.streampulse.twitch.auth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.streampulse.twitch.TwitchConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The app access token (client-credentials grant) shared by every Helix call of a process.
 *
 * <ul>
 *   <li>One token at a time; concurrent callers share one in-flight fetch.</li>
 *   <li>{@link #invalidate(String)} after a Helix 401 drops that token only if it is still the current
 *       one, so many requests failing with the same token cause exactly one re-fetch.</li>
 *   <li>A token is also renewed shortly before {@code expires_in} runs out; a failed fetch is not
 *       cached (the next caller tries again).</li>
 * </ul>
 */
public final class AppTokenProvider {

    private static final Logger LOG = LoggerFactory.getLogger(AppTokenProvider.class);
    private static final Duration MAX_EARLY_RENEWAL = Duration.ofMinutes(5);

    private final OAuthHttp oauth;
    private final Clock clock;
    private final AtomicReference<CompletableFuture<AppToken>> current = new AtomicReference<>();
    private final Counter fetched;
    private final Counter failed;

    public AppTokenProvider(TwitchConfig config, HttpClient http) {
        this(config, http, new SimpleMeterRegistry(), Clock.systemUTC());
    }

    public AppTokenProvider(TwitchConfig config, HttpClient http, MeterRegistry registry, Clock clock) {
        this.oauth = new OAuthHttp(config, http);
        this.clock = clock;
        this.fetched = Counter.builder("twitch.auth.app_token.fetches").tag("outcome", "success").register(registry);
        this.failed = Counter.builder("twitch.auth.app_token.fetches").tag("outcome", "failure").register(registry);
    }

    /** The current token, fetching one first when there is none (or it is about to expire). */
    public CompletableFuture<String> token() {
        while (true) {
            CompletableFuture<AppToken> existing = current.get();
            if (existing != null && usable(existing)) {
                return existing.thenApply(AppToken::accessToken);
            }
            CompletableFuture<AppToken> fresh = new CompletableFuture<>();
            if (current.compareAndSet(existing, fresh)) {
                fetchInto(fresh);
                return fresh.thenApply(AppToken::accessToken);
            }
        }
    }

    /** Forgets {@code rejectedToken} if it is the current token; a fetch already under way is kept. */
    public void invalidate(String rejectedToken) {
        CompletableFuture<AppToken> existing = current.get();
        if (existing != null && existing.isDone() && !existing.isCompletedExceptionally()
                && existing.join().accessToken().equals(rejectedToken)) {
            if (current.compareAndSet(existing, null)) {
                LOG.info("App access token rejected by Helix; fetching a new one");
            }
        }
    }

    private void fetchInto(CompletableFuture<AppToken> fresh) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", oauth.clientId());
        form.put("client_secret", oauth.clientSecret());
        form.put("grant_type", "client_credentials");
        Instant requestedAt = clock.instant();
        oauth.postForm("token", form)
                .thenApply(response -> oauth.parse(response, TokenResponse.class).toToken(requestedAt))
                .whenComplete((token, error) -> {
                    if (error != null) {
                        failed.increment();
                        current.compareAndSet(fresh, null);
                        LOG.warn("App access token fetch failed: {}", error.getMessage());
                        fresh.completeExceptionally(error);
                    } else {
                        fetched.increment();
                        fresh.complete(token);
                    }
                });
    }

    private boolean usable(CompletableFuture<AppToken> token) {
        if (!token.isDone()) {
            return true;
        }
        return !token.isCompletedExceptionally() && clock.instant().isBefore(token.join().renewAt());
    }

    /** @param renewAt a little before expiry: a tenth of the lifetime early, at most five minutes */
    record AppToken(String accessToken, Instant renewAt) {
        @Override
        public String toString() {
            return "AppToken[accessToken=***, renewAt=" + renewAt + "]";
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TokenResponse(String accessToken, long expiresIn, String tokenType) {
        AppToken toToken(Instant requestedAt) {
            if (accessToken == null || accessToken.isBlank()) {
                throw new TwitchAuthException(200, "Malformed response", "no access_token", null);
            }
            if (expiresIn <= 0) {
                return new AppToken(accessToken, Instant.MAX); // no lifetime given: keep it until a 401
            }
            Duration lifetime = Duration.ofSeconds(expiresIn);
            Duration early = lifetime.dividedBy(10).compareTo(MAX_EARLY_RENEWAL) < 0
                    ? lifetime.dividedBy(10) : MAX_EARLY_RENEWAL;
            return new AppToken(accessToken, requestedAt.plus(lifetime).minus(early));
        }

        @Override
        public String toString() {
            return "TokenResponse[accessToken=***, expiresIn=" + expiresIn + "]";
        }
    }
}
