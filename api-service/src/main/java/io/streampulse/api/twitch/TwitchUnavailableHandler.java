package io.streampulse.api.twitch;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.streampulse.api.http.ProblemResponses;
import io.streampulse.api.http.ProblemType;
import io.streampulse.runtime.error.Errors;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Twitch did not answer: 503 problem (the cause is logged, not sent). */
@Produces
@Singleton
class TwitchUnavailableHandler implements ExceptionHandler<TwitchUnavailable, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(TwitchUnavailableHandler.class);

    private final ProblemResponses problems;

    TwitchUnavailableHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, TwitchUnavailable exception) {
        LOG.warn("{} {}: Twitch unavailable: {}", request.getMethod(), request.getPath(), Errors.rootCause(exception));
        return problems.of(request, ProblemType.UNAVAILABLE, "Twitch could not be reached; try again shortly.");
    }
}
