package io.streampulse.api.http;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * Every error Micronaut answers itself (unknown path, method not allowed, malformed URI, unconvertible or missing
 * argument, unhandled exception) becomes a problem document instead of Micronaut's JSON error. Server errors say
 * nothing about their cause (it is logged, not sent).
 */
@Singleton
class ProblemErrorResponseProcessor implements ErrorResponseProcessor<byte[]> {

    private final ProblemResponses problems;

    ProblemErrorResponseProcessor(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public MutableHttpResponse<byte[]> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        int status = response.code();
        Problem problem = problems.problem(context.getRequest(), status, detail(context, status));
        return response.contentType(Problem.MEDIA_TYPE).body(problems.bytes(problem));
    }

    private static String detail(ErrorContext context, int status) {
        if (status >= 500) {
            return "The request could not be completed; it has been logged.";
        }
        if (status == 404) {
            return "Nothing is served at this path.";
        }
        return context.getErrors().stream().findFirst().map(Error::getMessage)
            .orElse(ProblemType.forStatus(status).title());
    }
}
