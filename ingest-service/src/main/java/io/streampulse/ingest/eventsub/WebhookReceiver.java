package io.streampulse.ingest.eventsub;

import io.streampulse.contracts.deadletter.DeadLetterRecord;
import io.streampulse.contracts.stream.StreamWentOnline;
import io.streampulse.ingest.eventsub.EventNormalizer.Normalized;
import io.streampulse.ingest.publish.EventPublisher;
import io.streampulse.twitch.eventsub.EventSubHeaders;
import io.streampulse.twitch.eventsub.EventSubMessage;
import io.streampulse.twitch.eventsub.EventSubParseResult;
import io.streampulse.twitch.eventsub.EventSubSignatureVerifier;
import io.streampulse.twitch.eventsub.SignatureVerification;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The EventSub webhook, without HTTP: verify (signature over the raw body, freshness, headers), answer
 * challenges, skip message ids already processed, normalise and publish, and only then acknowledge and mark
 * the id processed. A failed publish answers 503 so Twitch delivers the message again. Unknown types and
 * unreadable payloads are dead-lettered with the reason and acknowledged. Work after a Redis answer runs on
 * {@code sendExecutor} (a Kafka send may block while the broker is unreachable; Redis' I/O thread must not).
 */
public final class WebhookReceiver {

    /** {@code source_topic} of dead letters that came from the webhook rather than from a topic. */
    public static final String DEAD_LETTER_SOURCE = "eventsub.webhook";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookReceiver.class);

    private final EventSubSignatureVerifier verifier;
    private final ProcessedMessages processed;
    private final EventPublisher publisher;
    private final Consumer<StreamWentOnline> onlineStreams;
    private final RevocationListener revocations;
    private final WebhookMetrics metrics;
    private final Clock clock;
    private final String serviceName;
    private final Executor sendExecutor;

    public WebhookReceiver(EventSubSignatureVerifier verifier, ProcessedMessages processed, EventPublisher publisher,
                           Consumer<StreamWentOnline> onlineStreams, RevocationListener revocations,
                           WebhookMetrics metrics, Clock clock, String serviceName, Executor sendExecutor) {
        this.verifier = verifier;
        this.processed = processed;
        this.publisher = publisher;
        this.onlineStreams = onlineStreams;
        this.revocations = revocations;
        this.metrics = metrics;
        this.clock = clock;
        this.serviceName = serviceName;
        this.sendExecutor = sendExecutor;
    }

    /** Handles one delivery; {@code header} looks header names up case-insensitively. Never fails. */
    public CompletableFuture<WebhookResponse> receive(Function<String, String> header, byte[] body) {
        long start = System.nanoTime();
        CompletableFuture<WebhookResponse> answer;
        try {
            answer = handle(header, body);
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        return answer.exceptionally(WebhookReceiver::internalError)
            .thenApply(response -> {
                metrics.record(response, Duration.ofNanos(System.nanoTime() - start));
                return response;
            });
    }

    private CompletableFuture<WebhookResponse> handle(Function<String, String> header, byte[] body) {
        SignatureVerification check = verifier.verify(header, body);
        if (check instanceof SignatureVerification.Rejected rejected) {
            return CompletableFuture.completedFuture(Rejections.of(rejected));
        }
        String messageType = header.apply(EventSubHeaders.MESSAGE_TYPE);
        if (messageType == null || messageType.isBlank()) {
            return CompletableFuture.completedFuture(Rejections.missingHeader(EventSubHeaders.MESSAGE_TYPE));
        }
        SignatureVerification.Verified verified = (SignatureVerification.Verified) check;
        EventSubParseResult parsed = EventSubMessage.parse(messageType, body);
        if (EventSubHeaders.TYPE_VERIFICATION.equals(messageType)) {
            return CompletableFuture.completedFuture(challenge(parsed));
        }
        return processed.isProcessed(verified.messageId())
            .exceptionally(error -> {
                LOG.warn("Could not check message {} for duplicates, processing it: {}", verified.messageId(),
                    error.toString());
                return false;
            })
            .thenComposeAsync(done -> done
                ? CompletableFuture.completedFuture(new WebhookResponse.Acknowledged("duplicate"))
                : process(verified, parsed, body), sendExecutor);
    }

    private static WebhookResponse challenge(EventSubParseResult parsed) {
        if (parsed instanceof EventSubParseResult.Parsed p && p.message() instanceof EventSubMessage.Challenge c) {
            return new WebhookResponse.Challenge(c.challenge());
        }
        String reason = parsed instanceof EventSubParseResult.Malformed m ? m.reason() : "not a challenge";
        return new WebhookResponse.Problem(400, "Malformed challenge", reason, "rejected_malformed_challenge");
    }

    private CompletableFuture<WebhookResponse> process(SignatureVerification.Verified verified,
                                                       EventSubParseResult parsed, byte[] body) {
        return dispatch(verified, parsed, body)
            .thenCompose(outcome -> markProcessed(verified.messageId())
                .thenApply(ignored -> (WebhookResponse) new WebhookResponse.Acknowledged(outcome)))
            .exceptionally(error -> {
                LOG.error("Could not publish EventSub message {}; Twitch will retry: {}", verified.messageId(),
                    error.toString());
                return new WebhookResponse.Problem(503, "Not stored", "the message could not be written to Kafka; "
                    + "retry later", "publish_failed");
            });
    }

    private CompletableFuture<String> dispatch(SignatureVerification.Verified verified, EventSubParseResult parsed,
                                               byte[] body) {
        if (parsed instanceof EventSubParseResult.Malformed malformed) {
            return deadLetter(verified, body, "malformed_payload", malformed.reason());
        }
        if (parsed instanceof EventSubParseResult.Unsupported unsupported) {
            return deadLetter(verified, body, "unknown_event_type", "unsupported message type "
                + unsupported.messageType() + ", subscription " + unsupported.subscriptionType() + " v"
                + unsupported.subscriptionVersion());
        }
        EventSubMessage message = ((EventSubParseResult.Parsed) parsed).message();
        if (message instanceof EventSubMessage.Revocation revocation) {
            LOG.info("Twitch revoked subscription {} ({} {}): {}", revocation.subscription().id(),
                revocation.subscription().type(), revocation.subscription().condition(),
                revocation.subscription().status());
            revocations.revoked(revocation.subscription());
            return CompletableFuture.completedFuture("revocation");
        }
        return notification(verified, (EventSubMessage.Notification) message, body);
    }

    private CompletableFuture<String> notification(SignatureVerification.Verified verified,
                                                   EventSubMessage.Notification notification, byte[] body) {
        Normalized normalized;
        try {
            normalized = EventNormalizer.normalize(verified.messageId(), verified.timestamp(), notification);
        } catch (IllegalArgumentException | NullPointerException e) {
            return deadLetter(verified, body, "invalid_event", notification.subscription().type() + ": "
                + e.getMessage());
        }
        return publisher.publish(normalized.publications()).thenApplyAsync(ignored -> {
            if (normalized.online() != null) {
                onlineStreams.accept(normalized.online());
            }
            return "accepted";
        }, sendExecutor);
    }

    private CompletableFuture<String> deadLetter(SignatureVerification.Verified verified, byte[] body,
                                                 String errorType, String reason) {
        DeadLetterRecord raw = DeadLetterRecord.of(DEAD_LETTER_SOURCE, 0, 0, null, body, errorType, reason,
            serviceName, clock.instant());
        DeadLetterRecord record = new DeadLetterRecord(verified.messageId(), raw.occurredAt(), raw.schemaVersion(),
            raw.sourceTopic(), raw.partition(), raw.offset(), raw.key(), raw.payload(), raw.payloadEncoding(),
            raw.errorType(), raw.errorMessage(), raw.service());
        return publisher.deadLetter(record).thenApply(ignored -> "dead_lettered");
    }

    private CompletableFuture<Void> markProcessed(String messageId) {
        return processed.markProcessed(messageId).exceptionally(error -> {
            LOG.warn("Published message {} but could not mark it processed: {}", messageId, error.toString());
            return null;
        });
    }

    private static WebhookResponse internalError(Throwable error) {
        LOG.error("EventSub webhook failed", error);
        return new WebhookResponse.Problem(500, "Internal error", "the message was not processed", "error");
    }
}
