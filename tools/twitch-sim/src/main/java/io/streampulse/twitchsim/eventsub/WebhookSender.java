package io.streampulse.twitchsim.eventsub;

import io.streampulse.twitchsim.truth.EventLedger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends signed webhook messages from a bounded queue with a few worker threads. Outcomes go to the ground truth
 * ledger and to {@link DeliveryRules}, which decides about subscription status, retries and duplicates.
 */
public final class WebhookSender implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);
    static final int QUEUE_CAPACITY = 20_000;
    private static final int WORKERS = 8;

    private final BlockingQueue<Message> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final ExecutorService workers;
    private final ScheduledExecutorService retries;
    private final HttpClient http;
    private final Duration timeout;
    private final EventLedger ledger;
    private final DeliveryStats stats;
    private volatile DeliveryRules rules;
    private volatile boolean running = true;

    public WebhookSender(Duration timeout, EventLedger ledger, DeliveryStats stats) {
        this.timeout = timeout;
        this.ledger = ledger;
        this.stats = stats;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.workers = Executors.newFixedThreadPool(WORKERS, daemon("twitch-sim-webhook"));
        this.retries = Executors.newSingleThreadScheduledExecutor(daemon("twitch-sim-webhook-retry"));
        for (int i = 0; i < WORKERS; i++) {
            workers.execute(this::work);
        }
    }

    void rules(DeliveryRules deliveryRules) {
        this.rules = deliveryRules;
    }

    /** Queues a message; false (and recorded as dropped) when the queue is full. */
    boolean enqueue(Message message) {
        if (queue.offer(message)) {
            return true;
        }
        stats.dropped();
        if (!Message.VERIFICATION.equals(message.type())) {
            ledger.gaveUp(message.id(), "dropped");
        }
        return false;
    }

    void retryLater(Message message, Duration delay) {
        if (running) {
            retries.schedule(() -> enqueue(message), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void work() {
        while (running) {
            try {
                Message message = queue.poll(200, TimeUnit.MILLISECONDS);
                if (message != null) {
                    deliver(message);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("webhook delivery failed unexpectedly", e);
            }
        }
    }

    private void deliver(Message message) {
        Subscription subscription = message.subscription();
        if (Message.NOTIFICATION.equals(message.type()) && !Subscription.ENABLED.equals(subscription.status())) {
            ledger.gaveUp(message.id(), "dropped");
            return;
        }
        Instant sentAt = Instant.now();
        String timestamp = Signer.timestamp(sentAt);
        HttpRequest request = HttpRequest.newBuilder(URI.create(subscription.callback()))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Twitch-Eventsub-Message-Id", message.id())
                .header("Twitch-Eventsub-Message-Retry", Integer.toString(message.send()))
                .header("Twitch-Eventsub-Message-Type", message.type())
                .header("Twitch-Eventsub-Message-Signature",
                        Signer.sign(subscription.secret(), message.id(), timestamp, message.body()))
                .header("Twitch-Eventsub-Message-Timestamp", timestamp)
                .header("Twitch-Eventsub-Subscription-Type", subscription.type())
                .header("Twitch-Eventsub-Subscription-Version", subscription.version())
                .POST(HttpRequest.BodyPublishers.ofByteArray(message.body()))
                .build();
        HttpResponse<String> response = null;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            LOG.debug("callback {} unreachable: {}", subscription.callback(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        rules.answered(message, response, sentAt, timestamp);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    public int queued() {
        return queue.size();
    }

    @Override
    public void close() {
        running = false;
        retries.shutdownNow();
        workers.shutdownNow();
    }
}
