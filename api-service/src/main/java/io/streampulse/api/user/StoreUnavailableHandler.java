package io.streampulse.api.user;

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

/** PostgreSQL unreachable or failing: 503 problem (the cause is logged, not sent). */
@Produces
@Singleton
class StoreUnavailableHandler implements ExceptionHandler<Transactions.StoreUnavailable, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(StoreUnavailableHandler.class);

    private final ProblemResponses problems;

    StoreUnavailableHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, Transactions.StoreUnavailable exception) {
        LOG.warn("{} {} failed: {}", request.getMethod(), request.getPath(), Errors.rootCause(exception));
        return problems.of(request, ProblemType.UNAVAILABLE, "The user store is unavailable; try again shortly.");
    }
}
