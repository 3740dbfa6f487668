package io.streampulse.api.ratelimit;

import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.streampulse.api.http.ProblemResponses;
import io.streampulse.api.http.ProblemType;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Per-client rate limiting of {@code /api/**} in a window shared by all replicas (Redis). Every answer carries
 * {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset} (IETF draft); a client over its
 * limit gets 429 with a problem document and {@code Retry-After}.
 */
@Filter("/api/**")
@Requires(property = "streampulse.api.rate-limit.enabled", notEquals = "false")
class RateLimitFilter implements HttpServerFilter {

    static final String LIMIT = "RateLimit-Limit";
    static final String REMAINING = "RateLimit-Remaining";
    static final String RESET = "RateLimit-Reset";

    private final RateLimiter limiter;
    private final ClientIdentities identities;
    private final String clientIpHeader;
    private final ProblemResponses problems;
    private final Counter refused;

    RateLimitFilter(BeanProvider<StatefulRedisConnection<String, String>> redis, ProblemResponses problems,
                    MeterRegistry meters,
                    @Property(name = "streampulse.api.rate-limit.limit") long limit,
                    @Property(name = "streampulse.api.rate-limit.api-key-limit") long apiKeyLimit,
                    @Property(name = "streampulse.api.rate-limit.window") Duration window,
                    @Property(name = "streampulse.api.rate-limit.api-keys", defaultValue = "") String apiKeys,
                    @Property(name = "streampulse.api.rate-limit.client-ip-header", defaultValue = "")
                    String clientIpHeader,
                    @Property(name = "streampulse.api.rate-limit.redis-key-prefix") String prefix) {
        this.limiter = new RateLimiter(new RedisRateLimitStore(redis::get, prefix), new FixedWindow(window),
            System::currentTimeMillis);
        Set<String> keys = Arrays.stream(apiKeys.split(",")).map(String::trim).filter(k -> !k.isEmpty())
            .collect(Collectors.toSet());
        this.identities = new ClientIdentities(keys, limit, apiKeyLimit);
        this.clientIpHeader = clientIpHeader.trim();
        this.problems = problems;
        this.refused = Counter.builder("streampulse.api.rate.limited")
            .description("Requests refused with 429 by the per-client rate limit").register(meters);
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        if (request.getMethod() == HttpMethod.OPTIONS) {
            return chain.proceed(request);
        }
        String forwarded = clientIpHeader.isEmpty() ? null : request.getHeaders().get(clientIpHeader);
        ClientIdentity client = identities.identify(request.getHeaders().get(ClientIdentities.API_KEY_HEADER),
            forwarded, request.getRemoteAddress());
        // The decision completes on Lettuce's one I/O thread: the rest of the request (route, cache, response) goes
        // back to the connection's own event loop, else every request of the service would run on that thread.
        return Mono.fromFuture(limiter.check(client).thenApplyAsync(decision -> decision, eventLoopOf(request)))
            .flatMap(decision -> {
                if (!decision.allowed()) {
                    return Mono.just(tooMany(request, decision));
                }
                return Mono.from(chain.proceed(request)).doOnNext(response -> headers(response, decision));
            });
    }

    /** The Netty event loop of the request's connection; the completing thread when the request is no Netty one. */
    private static Executor eventLoopOf(HttpRequest<?> request) {
        if (request instanceof NettyHttpRequest<?> netty) {
            return netty.getChannelHandlerContext().channel().eventLoop();
        }
        return Runnable::run;
    }

    private MutableHttpResponse<?> tooMany(HttpRequest<?> request, FixedWindow.Decision decision) {
        refused.increment();
        MutableHttpResponse<byte[]> tooMany = problems.of(request, ProblemType.TOO_MANY_REQUESTS,
            "Rate limit of " + decision.limit() + " requests per window exceeded; retry in "
                + decision.resetSeconds() + " s.");
        headers(tooMany, decision);
        return tooMany.header(HttpHeaders.RETRY_AFTER, Long.toString(decision.resetSeconds()));
    }

    private static void headers(MutableHttpResponse<?> response, FixedWindow.Decision decision) {
        if (!decision.known() || response.getHeaders().contains(LIMIT)) {
            return;
        }
        response.header(LIMIT, Long.toString(decision.limit()));
        response.header(REMAINING, Long.toString(decision.remaining()));
        response.header(RESET, Long.toString(decision.resetSeconds()));
    }
}
