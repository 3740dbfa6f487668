package io.streampulse.twitch.helix;

import com.fasterxml.jackson.databind.JsonNode;
import io.streampulse.twitch.TwitchConfig;
import io.streampulse.twitch.TwitchJson;
import io.streampulse.twitch.auth.AppTokenProvider;
import io.streampulse.twitch.budget.RateBudget;
import io.streampulse.twitch.budget.RateLimitHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * Sends one {@link HelixCall}: budget point, bearer token, request, then the decision per outcome
 * (see {@link RetryPolicy}). App-token calls share the {@link RateBudget} and feed it Twitch's headers;
 * user-token calls have their own bucket at Twitch (per client and user), so they skip the shared one.
 */
final class HelixRequestExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(HelixRequestExecutor.class);

    private final TwitchConfig config;
    private final HttpClient http;
    private final AppTokenProvider tokens;
    private final RateBudget budget;
    private final RetryPolicy retry;
    private final HelixMetrics metrics;
    private final Clock clock;

    HelixRequestExecutor(TwitchConfig config, HttpClient http, AppTokenProvider tokens, RateBudget budget,
                         RetryPolicy retry, HelixMetrics metrics, Clock clock) {
        this.config = config;
        this.http = http;
        this.tokens = tokens;
        this.budget = budget;
        this.retry = retry;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Completes with the 2xx response body, or exceptionally with a {@link HelixException}. */
    CompletableFuture<String> execute(HelixCall call) {
        if (call.ids() > 0) {
            metrics.ids(call.endpoint(), call.ids());
        }
        return attempt(call, Attempts.FIRST);
    }

    private CompletableFuture<String> attempt(HelixCall call, Attempts attempts) {
        // Token first, budget point last: the shorter the time between the grant and the request reaching
        // Twitch, the fewer points are "in flight" (see BudgetSettings#inFlightAllowance).
        CompletableFuture<String> ready = call.usesAppToken()
                ? tokens.token().thenCompose(token -> budget.acquire(1, call.priority()).thenApply(v -> token))
                : CompletableFuture.completedFuture(call.userToken());
        return ready.exceptionally(e -> {
                    throw new CompletionException(new HelixException.NotSent(call.endpoint(), unwrap(e)));
                })
                .thenCompose(token -> send(call, token))
                .thenCompose(outcome -> decide(call, attempts, outcome));
    }

    private CompletableFuture<Outcome> send(HelixCall call, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.helixUrl() + call.pathQuery()))
                .timeout(config.requestTimeout())
                .header("Client-Id", config.clientId())
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (call.jsonBody() != null) {
            request.header("Content-Type", "application/json")
                    .method(call.method(), HttpRequest.BodyPublishers.ofByteArray(call.jsonBody()));
        } else {
            request.method(call.method(), HttpRequest.BodyPublishers.noBody());
        }
        long started = System.nanoTime();
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                .handle((response, error) -> new Outcome(token, response, unwrap(error),
                        Duration.ofNanos(System.nanoTime() - started)));
    }

    private CompletableFuture<String> decide(HelixCall call, Attempts attempts, Outcome outcome) {
        if (outcome.error() != null) {
            return onTransportError(call, attempts, outcome);
        }
        HttpResponse<String> response = outcome.response();
        int status = response.statusCode();
        metrics.call(call.endpoint(), Integer.toString(status), outcome.latency());
        if (call.usesAppToken()) {
            RateLimitHeaders.from(response.headers()).ifPresent(this::correctBudget);
        }
        if (status / 100 == 2) {
            return CompletableFuture.completedFuture(response.body());
        }
        if (status == 401 && call.usesAppToken() && !attempts.reauthenticated()) {
            metrics.retry(call.endpoint(), "401");
            tokens.invalidate(outcome.token());
            return attempt(call, attempts.afterReauthentication());
        }
        if (status == 429) {
            return onRateLimited(call, attempts, response);
        }
        if (status == 503 && attempts.unavailable() < 1) {
            return retryLater(call, "503", retry.backoff(0), attempts.afterUnavailable());
        }
        if (status >= 500 && status != 503 && call.idempotent() && attempts.failures() < retry.maxRetries()) {
            return retryLater(call, "5xx", retry.backoff(attempts.failures()), attempts.afterFailure());
        }
        return CompletableFuture.failedFuture(errorOf(call, response));
    }

    private CompletableFuture<String> onTransportError(HelixCall call, Attempts attempts, Outcome outcome) {
        boolean timeout = outcome.error() instanceof HttpTimeoutException;
        metrics.call(call.endpoint(), timeout ? "timeout" : "io_error", outcome.latency());
        if (!(outcome.error() instanceof IOException)) {
            return CompletableFuture.failedFuture(new HelixException.Transport(call.endpoint(), outcome.error()));
        }
        if (call.idempotent() && attempts.failures() < retry.maxRetries()) {
            return retryLater(call, timeout ? "timeout" : "io_error", retry.backoff(attempts.failures()),
                    attempts.afterFailure());
        }
        return CompletableFuture.failedFuture(new HelixException.Transport(call.endpoint(), outcome.error()));
    }

    private CompletableFuture<String> onRateLimited(HelixCall call, Attempts attempts, HttpResponse<String> response) {
        metrics.rateLimited(call.endpoint());
        Instant reset = RateLimitHeaders.resetOf(response.headers()).orElse(clock.instant().plusSeconds(1));
        LOG.warn("Helix 429 on {}: everybody waits until {}", call.endpoint(), reset);
        if (attempts.rateLimited() >= retry.maxRateLimitRetries()) {
            return CompletableFuture.failedFuture(errorOf(call, response));
        }
        metrics.retry(call.endpoint(), "429");
        if (call.usesAppToken()) {
            return budget.blockUntil(reset).thenCompose(v -> attempt(call, attempts.afterRateLimit()));
        }
        Duration wait = Duration.between(clock.instant(), reset);
        return delay(wait.isNegative() ? Duration.ZERO : wait).thenCompose(v -> attempt(call, attempts.afterRateLimit()));
    }

    private CompletableFuture<String> retryLater(HelixCall call, String reason, Duration wait, Attempts next) {
        metrics.retry(call.endpoint(), reason);
        LOG.debug("Retrying {} after {} ({})", call.endpoint(), wait, reason);
        return delay(wait).thenCompose(v -> attempt(call, next));
    }

    private void correctBudget(RateLimitHeaders headers) {
        budget.observe(headers).whenComplete((v, e) -> {
            if (e != null) {
                LOG.warn("Could not correct the rate budget from Helix headers: {}", e.getMessage());
            }
        });
    }

    private HelixException errorOf(HelixCall call, HttpResponse<String> response) {
        String error = null;
        String message = null;
        try {
            JsonNode body = TwitchJson.mapper().readTree(response.body());
            error = body.path("error").isTextual() ? body.get("error").asText() : null;
            message = body.path("message").isTextual() ? body.get("message").asText() : null;
        } catch (IOException | RuntimeException notJson) {
            message = null;
        }
        return HelixException.ofStatus(call.endpoint(), response.statusCode(), error, message);
    }

    private static CompletableFuture<Void> delay(Duration wait) {
        return CompletableFuture.runAsync(() -> { },
                CompletableFuture.delayedExecutor(Math.max(0, wait.toMillis()), TimeUnit.MILLISECONDS));
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }

    private record Outcome(String token, HttpResponse<String> response, Throwable error, Duration latency) {
    }

    /** Retries used so far, per kind. */
    private record Attempts(boolean reauthenticated, int rateLimited, int unavailable, int failures) {
        static final Attempts FIRST = new Attempts(false, 0, 0, 0);

        Attempts afterReauthentication() {
            return new Attempts(true, rateLimited, unavailable, failures);
        }

        Attempts afterRateLimit() {
            return new Attempts(reauthenticated, rateLimited + 1, unavailable, failures);
        }

        Attempts afterUnavailable() {
            return new Attempts(reauthenticated, rateLimited, unavailable + 1, failures);
        }

        Attempts afterFailure() {
            return new Attempts(reauthenticated, rateLimited, unavailable, failures + 1);
        }
    }
}
