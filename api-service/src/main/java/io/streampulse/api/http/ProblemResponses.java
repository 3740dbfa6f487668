package io.streampulse.api.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Builds {@code application/problem+json} responses (the body already serialized, so no codec has to know the
 * media type). Other request handling (filters, exception handlers) uses it to answer with a problem.
 */
@Singleton
public class ProblemResponses {

    private static final int MAX_TEXT = 300;

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    public MutableHttpResponse<byte[]> of(HttpRequest<?> request, ProblemException problem) {
        return of(request == null ? null : request.getPath(), problem);
    }

    public MutableHttpResponse<byte[]> of(String path, ProblemException problem) {
        return respond(problem.type().status(), problem.toProblem(clip(path)));
    }

    public MutableHttpResponse<byte[]> of(HttpRequest<?> request, ProblemType type, String detail) {
        return of(request, new ProblemException(type, clip(detail)));
    }

    /** A problem for an HTTP status chosen elsewhere (Micronaut's own errors), with its detail clipped. */
    public Problem problem(HttpRequest<?> request, int status, String detail) {
        ProblemType type = ProblemType.forStatus(status);
        return new Problem(type.uri(), type.title(), status, clip(detail),
            clip(request == null ? null : request.getPath()), List.of());
    }

    private MutableHttpResponse<byte[]> respond(int status, Problem problem) {
        return HttpResponse.<byte[]>status(HttpStatus.valueOf(status))
            .contentType(Problem.MEDIA_TYPE)
            .body(bytes(problem));
    }

    /** The JSON of a problem. */
    public byte[] bytes(Problem problem) {
        try {
            return json.writeValueAsBytes(problem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String clip(String text) {
        if (text == null || text.length() <= MAX_TEXT) {
            return text;
        }
        return text.substring(0, MAX_TEXT) + "…";
    }
}
