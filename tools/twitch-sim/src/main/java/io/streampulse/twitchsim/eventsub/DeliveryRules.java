package io.streampulse.twitchsim.eventsub;

import io.streampulse.twitchsim.truth.EventLedger;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiConsumer;
import java.util.function.DoubleSupplier;

/**
 * What an answer to a webhook message means. Challenge: only 200 with exactly the challenge as a text/plain body
 * enables the subscription. Notification: 2xx resets the failure count (and sometimes triggers a deliberate
 * duplicate); a failure is retried twice with the same message id, and {@code failureLimit} failures in a row
 * mark the subscription notification_failures_exceeded and send a revocation.
 */
final class DeliveryRules {
    private static final int MAX_RETRIES = 2;
    private static final Duration[] BACKOFF = {Duration.ofSeconds(1), Duration.ofSeconds(3)};
    private static final Duration DUPLICATE_DELAY = Duration.ofMillis(150);

    private final WebhookSender sender;
    private final EventLedger ledger;
    private final DeliveryStats stats;
    private final int failureLimit;
    private final DoubleSupplier duplicateRate;
    private final BiConsumer<Subscription, String> revoke;

    DeliveryRules(WebhookSender sender, EventLedger ledger, DeliveryStats stats, int failureLimit,
                  DoubleSupplier duplicateRate, BiConsumer<Subscription, String> revoke) {
        this.sender = sender;
        this.ledger = ledger;
        this.stats = stats;
        this.failureLimit = failureLimit;
        this.duplicateRate = duplicateRate;
        this.revoke = revoke;
    }

    void answered(Message message, HttpResponse<String> response, Instant sentAt, String timestamp) {
        int status = response == null ? 0 : response.statusCode();
        switch (message.type()) {
            case Message.VERIFICATION -> verified(message, response, status);
            case Message.NOTIFICATION -> notified(message, status, sentAt, timestamp);
            default -> {
                ledger.attempted(message.id(), status, false, sentAt, timestamp);
                stats.revocation();
                if (!isSuccess(status)) {
                    ledger.gaveUp(message.id(), "failed");
                }
            }
        }
    }

    private void verified(Message message, HttpResponse<String> response, int status) {
        String contentType = response == null ? "" : response.headers().firstValue("Content-Type").orElse("");
        boolean passed = status == 200 && message.challenge().equals(response.body())
                && contentType.toLowerCase().startsWith("text/plain");
        Subscription subscription = message.subscription();
        if (Subscription.PENDING.equals(subscription.status())) {
            subscription.status(passed ? Subscription.ENABLED : Subscription.VERIFICATION_FAILED);
        }
        stats.challenge(passed);
    }

    private void notified(Message message, int status, Instant sentAt, String timestamp) {
        ledger.attempted(message.id(), status, message.duplicate(), sentAt, timestamp);
        Subscription subscription = message.subscription();
        if (isSuccess(status)) {
            stats.delivered();
            subscription.consecutiveFailures().set(0);
            if (message.duplicate()) {
                stats.duplicate();
            } else if (ThreadLocalRandom.current().nextDouble() < duplicateRate.getAsDouble()) {
                sender.retryLater(message.resend(true), DUPLICATE_DELAY);
            }
            return;
        }
        stats.failed();
        if (message.duplicate()) {
            return;
        }
        int failures = subscription.consecutiveFailures().incrementAndGet();
        if (failures >= failureLimit && Subscription.ENABLED.equals(subscription.status())) {
            ledger.gaveUp(message.id(), "failed");
            revoke.accept(subscription, Subscription.FAILURES_EXCEEDED);
        } else if (message.send() < MAX_RETRIES) {
            sender.retryLater(message.resend(false), BACKOFF[message.send()]);
        } else {
            ledger.gaveUp(message.id(), "failed");
        }
    }

    private static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }
}
