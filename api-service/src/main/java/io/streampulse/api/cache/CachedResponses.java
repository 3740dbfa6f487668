package io.streampulse.api.cache;

import io.lettuce.core.RedisException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.serde.ObjectMapper;
import io.streampulse.api.http.ProblemException;
import io.streampulse.api.http.ProblemResponses;
import io.streampulse.api.http.ProblemType;
import io.streampulse.api.readmodel.ReadModelUnavailable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP edge of the response cache: answers a read from the cache (or its loader) with the pre-serialized JSON,
 * its ETag and Cache-Control, or 304 when {@code If-None-Match} names the current ETag. A loader's
 * {@link ProblemException} becomes its problem document; an unreachable read model a 503; anything else a logged 500.
 */
@Singleton
public class CachedResponses {

    private static final Logger LOG = LoggerFactory.getLogger(CachedResponses.class);

    private final ResponseCache cache;
    private final ObjectMapper json;
    private final ProblemResponses problems;

    CachedResponses(ResponseCache cache, ObjectMapper json, ProblemResponses problems) {
        this.cache = cache;
        this.json = json;
        this.problems = problems;
    }

    /** Answers {@code request} with the value under {@code key}, computing it with {@code loader} on a miss. */
    public CompletableFuture<HttpResponse<?>> get(HttpRequest<?> request, String key, CachePolicy policy,
                                                  Supplier<?> loader) {
        return cache.get(key, policy, () -> serialize(loader.get()))
            .handle((body, error) -> error == null ? respond(request, body, policy) : failure(request, error));
    }

    private static HttpResponse<?> respond(HttpRequest<?> request, CachedBody body, CachePolicy policy) {
        String ifNoneMatch = request.getHeaders().get(HttpHeaders.IF_NONE_MATCH);
        if (ETags.matches(ifNoneMatch, body.etag())) {
            return HttpResponse.notModified()
                .header(HttpHeaders.ETAG, body.etag())
                .header(HttpHeaders.CACHE_CONTROL, policy.cacheControl());
        }
        return HttpResponse.ok(body.bytes())
            .contentType(MediaType.APPLICATION_JSON_TYPE)
            .header(HttpHeaders.ETAG, body.etag())
            .header(HttpHeaders.CACHE_CONTROL, policy.cacheControl());
    }

    private HttpResponse<?> failure(HttpRequest<?> request, Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof ProblemException problem) {
            return problems.of(request, problem);
        }
        if (cause instanceof ReadModelUnavailable || cause instanceof RedisException) {
            LOG.warn("Read model unavailable for {}: {}", request.getPath(), cause.toString());
            return problems.of(request, ProblemType.UNAVAILABLE, "The data store did not answer; try again shortly.")
                .header(HttpHeaders.RETRY_AFTER, "5");
        }
        LOG.error("Request {} failed", request.getPath(), cause);
        return problems.of(request, ProblemType.INTERNAL, "The request could not be completed; it has been logged.")
            .status(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private byte[] serialize(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
            && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
