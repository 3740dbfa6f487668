package io.streampulse.ingest.eventsub;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * {@code POST /webhooks/eventsub}: hands the raw body bytes and the headers to {@link WebhookReceiver} and maps its
 * answer to HTTP. Bodies over {@code micronaut.server.max-request-size} (1 MiB) are refused with 413 by the server.
 */
@Controller("/webhooks")
class EventSubWebhookController {

    private final WebhookReceiver receiver;

    EventSubWebhookController(WebhookReceiver receiver) {
        this.receiver = receiver;
    }

    @Post(uri = "/eventsub", consumes = MediaType.ALL, produces = {MediaType.TEXT_PLAIN, ProblemJson.MEDIA_TYPE})
    @ExecuteOn(TaskExecutors.BLOCKING)
    CompletableFuture<HttpResponse<byte[]>> receive(HttpRequest<?> request, @Nullable @Body byte[] body) {
        byte[] raw = body == null ? new byte[0] : body;
        return receiver.receive(request.getHeaders()::get, raw).thenApply(EventSubWebhookController::toHttp);
    }

    private static HttpResponse<byte[]> toHttp(WebhookResponse response) {
        if (response instanceof WebhookResponse.Challenge challenge) {
            return HttpResponse.ok(challenge.challenge().getBytes(StandardCharsets.UTF_8))
                .contentType(MediaType.TEXT_PLAIN_TYPE);
        }
        if (response instanceof WebhookResponse.Problem problem) {
            return HttpResponse.<byte[]>status(HttpStatus.valueOf(problem.status()))
                .contentType(ProblemJson.MEDIA_TYPE)
                .body(ProblemJson.of(problem.status(), problem.title(), problem.detail()));
        }
        return HttpResponse.noContent();
    }
}
