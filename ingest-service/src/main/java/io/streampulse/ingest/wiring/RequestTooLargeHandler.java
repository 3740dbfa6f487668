package io.streampulse.ingest.wiring;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.exceptions.ContentLengthExceededHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.streampulse.ingest.eventsub.ProblemJson;
import jakarta.inject.Singleton;

/** Bodies over {@code micronaut.server.max-request-size}: 413 as application/problem+json, like every webhook error. */
@Singleton
@Produces
@Replaces(ContentLengthExceededHandler.class)
class RequestTooLargeHandler implements ExceptionHandler<ContentLengthExceededException, HttpResponse<?>> {

    @Override
    public HttpResponse<?> handle(HttpRequest request, ContentLengthExceededException exception) {
        return HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE).contentType(ProblemJson.MEDIA_TYPE)
            .body(ProblemJson.of(413, "Payload too large", exception.getMessage()));
    }
}
