package io.streampulse.api.openapi;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;

/**
 * The OpenAPI document's header. micronaut-openapi builds the document from the controllers at compile time
 * ({@code openapi.properties}); it is served at {@code /openapi/streampulse-api-v1.yml} and browsable at
 * {@code /swagger-ui/index.html}.
 */
@OpenAPIDefinition(info = @Info(
    title = "StreamPulse API",
    version = "v1",
    description = "Live Twitch streams, channel histories, rankings and channel events. JSON in snake_case; lists "
        + "are {data, pagination: {cursor}}; errors are application/problem+json; every /api answer carries "
        + "RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset; reads carry ETag and Cache-Control.",
    license = @License(name = "Proprietary")))
final class ApiDefinition {

    private ApiDefinition() {
    }
}
