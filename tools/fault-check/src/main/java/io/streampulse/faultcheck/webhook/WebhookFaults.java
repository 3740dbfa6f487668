package io.streampulse.faultcheck.webhook;

import static io.streampulse.faultcheck.score.Check.examples;

import io.streampulse.faultcheck.score.Check;
import io.streampulse.faultcheck.sim.SimAdmin;
import io.streampulse.faultcheck.sim.TruthEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Webhook faults besides the simulator's own duplicate deliveries: re-posts of notifications ingest already
 * acknowledged (same message id, valid signature, fresh timestamp; sent after ingest's dedupe memory in Redis was
 * lost, so the consumers' idempotence is what keeps them single), and forged ones: real bodies under new message
 * ids signed with the wrong secret, or correctly signed with a timestamp 11 minutes old. Forged ones must get a
 * 4xx and be stored nowhere.
 */
public final class WebhookFaults {

    private static final String WRONG_SECRET = "not-the-eventsub-secret-of-this-stack";
    private static final Duration STALE = Duration.ofMinutes(11);

    private final SimAdmin sim;
    private final WebhookPoster poster;
    private final String secret;
    private final List<WebhookPoster.Answer> reposts = new ArrayList<>();
    private final List<WebhookPoster.Answer> forged = new ArrayList<>();
    private boolean repostsTried;
    private boolean forgedTried;

    public WebhookFaults(SimAdmin sim, WebhookPoster poster, String secret) {
        this.sim = sim;
        this.poster = poster;
        this.secret = secret;
    }

    /** Re-posts up to {@code count} channel notifications acknowledged before {@code before}. */
    public synchronized void repostDelivered(Instant before, int count) {
        repostsTried = true;
        Map<String, Map<String, Object>> subscriptions = subscriptionsById();
        for (TruthEvent event : deliveredBefore(before, subscriptions, count)) {
            byte[] body = WebhookPoster.notificationBody(subscriptions.get(event.subscriptionId()), event.event());
            reposts.add(poster.post(event.messageId(), Instant.now(), secret, event.subscriptionType(),
                    event.subscriptionVersion(), body));
        }
    }

    /** Posts {@code badSignature} wrongly signed and {@code stale} stale copies of real notifications, under new ids. */
    public synchronized void postForged(int badSignature, int stale) {
        forgedTried = true;
        Map<String, Map<String, Object>> subscriptions = subscriptionsById();
        List<TruthEvent> models = deliveredBefore(Instant.now(), subscriptions, badSignature + stale);
        for (int i = 0; i < models.size(); i++) {
            TruthEvent model = models.get(i);
            byte[] body = WebhookPoster.notificationBody(subscriptions.get(model.subscriptionId()), model.event());
            boolean wrongSignature = i < badSignature;
            forged.add(poster.post(UUID.randomUUID().toString(), wrongSignature ? Instant.now() : Instant.now().minus(STALE),
                    wrongSignature ? WRONG_SECRET : secret, model.subscriptionType(), model.subscriptionVersion(), body));
        }
    }

    private List<TruthEvent> deliveredBefore(Instant before, Map<String, Map<String, Object>> subscriptions, int count) {
        return sim.events().stream()
                .filter(e -> e.channelEvent() && e.delivered() && e.deliveredAt().get().isBefore(before))
                .filter(e -> subscriptions.containsKey(e.subscriptionId()))
                .sorted(Comparator.comparing((TruthEvent e) -> e.deliveredAt().get()).reversed())
                .limit(count).toList();
    }

    private Map<String, Map<String, Object>> subscriptionsById() {
        return sim.subscriptions().stream().collect(Collectors.toMap(s -> String.valueOf(s.get("id")),
                Function.identity(), (a, b) -> a));
    }

    public synchronized Set<String> forgedIds() {
        return forged.stream().map(WebhookPoster.Answer::messageId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public synchronized int reposted() {
        return reposts.size();
    }

    /** One check for each kind of delivery posted (none when the steps did not run, e.g. with --only). */
    public synchronized List<Check> checks() {
        List<Check> checks = new ArrayList<>();
        List<String> badReposts = reposts.stream().filter(a -> a.status() / 100 != 2)
                .map(WebhookPoster.Answer::toString).toList();
        List<String> badForged = forged.stream()
                .filter(a -> a.status() / 100 != 4 || !a.contentType().startsWith("application/problem+json"))
                .map(WebhookPoster.Answer::toString).toList();
        if (repostsTried) {
            checks.add(Check.of("webhooks: re-posted deliveries acknowledged", !reposts.isEmpty() && badReposts.isEmpty(),
                    reposts.size() + " acknowledged notifications posted again with the same message id, "
                            + badReposts.size() + " not answered 2xx" + examples(badReposts)));
        }
        if (forgedTried) {
            checks.add(Check.of("webhooks: forged deliveries refused", !forged.isEmpty() && badForged.isEmpty(),
                    forged.size() + " forged (wrong signature) or stale deliveries, " + badForged.size()
                            + " not answered 4xx application/problem+json" + examples(badForged)));
        }
        return checks;
    }
}
