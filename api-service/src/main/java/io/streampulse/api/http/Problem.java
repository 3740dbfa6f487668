package io.streampulse.api.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/**
 * An RFC 9457 problem document ({@code application/problem+json}): {@code type} names the kind of problem,
 * {@code title} says it in words, {@code status} repeats the HTTP status, {@code detail} explains this occurrence
 * and {@code instance} is the request path. Validation problems list each rejected parameter in
 * {@code invalid_params} (left out when there are none).
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<InvalidParam> invalidParams) {

    /** Media type of every error answer of the API. */
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        invalidParams = invalidParams == null ? List.of() : List.copyOf(invalidParams);
    }

    /** One rejected request parameter and why. */
    @Serdeable
    public record InvalidParam(String name, String reason) {
    }
}
