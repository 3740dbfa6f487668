package io.streampulse.ingest.subscription;

import io.streampulse.twitch.eventsub.EventSubSubscription;
import io.streampulse.twitch.helix.CreateEventSubSubscription;
import io.streampulse.twitch.helix.EventSubFilter;
import io.streampulse.twitch.helix.EventSubSubscriptionList;
import io.streampulse.twitch.helix.HelixClient;
import io.streampulse.twitch.helix.HelixException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes Twitch's subscriptions for our callback match the wanted ones: lists them, deletes those nobody wants any
 * more (only for channels this replica owns), deletes broken ones (verification failed, revoked, failures exceeded)
 * and duplicates, and creates what is missing, unless the channel is gone ({@code user_removed}), the version
 * retired, or the cost limit reached. A 403 means "not authorized yet": tried again at the next reconcile.
 */
public final class SubscriptionReconciler {

    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionReconciler.class);
    private static final Set<String> ACTIVE = Set.of("enabled", "webhook_callback_verification_pending");
    private static final Set<String> GONE = Set.of("user_removed", "version_removed");

    private final HelixClient helix;
    private final String callback;
    private final String secret;
    private final SubscriptionMetrics metrics;

    public SubscriptionReconciler(HelixClient helix, String callback, String secret, SubscriptionMetrics metrics) {
        this.helix = helix;
        this.callback = callback;
        this.secret = secret;
        this.metrics = metrics;
    }

    /**
     * Reconciles the subscriptions {@code scope} lists against {@code wanted}; an existing subscription not wanted is
     * deleted only when {@code owned} says this replica decides about it.
     */
    public ReconcileReport reconcile(EventSubFilter scope, Set<WantedSubscription> wanted,
                                     Predicate<WantedSubscription> owned) {
        Map<WantedSubscription, List<EventSubSubscription>> existing = ours(scope);
        Tally tally = new Tally();
        existing.forEach((key, subscriptions) -> {
            if (wanted.contains(key)) {
                keepOne(subscriptions, tally);
            } else if (owned.test(key)) {
                subscriptions.forEach(s -> delete(s, "orphan", tally));
            }
        });
        for (WantedSubscription want : wanted) {
            List<EventSubSubscription> present = existing.getOrDefault(want, List.of());
            if (present.stream().noneMatch(s -> ACTIVE.contains(s.status()))) {
                createUnlessGone(want, present, tally);
            }
        }
        if (scope.key() == null) {
            metrics.active(tally.active);
        }
        return tally.report();
    }

    private Map<WantedSubscription, List<EventSubSubscription>> ours(EventSubFilter scope) {
        Map<WantedSubscription, List<EventSubSubscription>> byKey = new LinkedHashMap<>();
        String cursor = null;
        do {
            EventSubSubscriptionList page = helix.listEventSubSubscriptions(scope, cursor).join();
            metrics.cost(page.totalCost(), page.maxTotalCost());
            page.data().stream()
                .filter(s -> s.transport() != null && callback.equals(s.transport().callback()))
                .forEach(s -> byKey.computeIfAbsent(WantedSubscription.of(s), k -> new ArrayList<>()).add(s));
            cursor = page.cursor();
        } while (cursor != null);
        return byKey;
    }

    /** Deletes broken subscriptions and all but the oldest active one. */
    private void keepOne(List<EventSubSubscription> subscriptions, Tally tally) {
        List<EventSubSubscription> active = subscriptions.stream().filter(s -> ACTIVE.contains(s.status()))
            .sorted(Comparator.comparing(EventSubSubscription::createdAt,
                Comparator.nullsLast(Comparator.naturalOrder())))
            .toList();
        subscriptions.stream().filter(s -> !ACTIVE.contains(s.status())).forEach(s -> delete(s, s.status(), tally));
        active.stream().skip(1).forEach(s -> delete(s, "duplicate", tally));
        if (!active.isEmpty()) {
            tally.active++;
        }
    }

    private void createUnlessGone(WantedSubscription want, List<EventSubSubscription> present, Tally tally) {
        if (present.stream().anyMatch(s -> GONE.contains(s.status()))) {
            metrics.refused("gone", want.type());
            return;
        }
        if (!want.needsAuthorization() && metrics.costMax() > 0 && metrics.costUsed() >= metrics.costMax()) {
            metrics.refused("cost", want.type());
            tally.refused++;
            return;
        }
        create(want, tally);
    }

    private void create(WantedSubscription want, Tally tally) {
        try {
            EventSubSubscriptionList created = helix.createEventSubSubscription(CreateEventSubSubscription.webhook(
                want.type(), want.version(), want.condition(), callback, secret)).join();
            metrics.cost(created.totalCost(), created.maxTotalCost());
            metrics.changed("created", want.type());
            tally.created++;
            tally.active++;
        } catch (CompletionException e) {
            HelixException error = HelixException.from(e).orElseThrow(() -> e);
            String reason = refusal(error);
            metrics.refused(reason, want.type());
            if (reason.equals("conflict")) {
                tally.active++;
            } else {
                tally.refused++;
                if (!reason.equals("not_authorized")) {
                    LOG.warn("Could not create {} {}: {}", want.type(), want.condition(), error.getMessage());
                }
            }
        }
    }

    private static String refusal(HelixException error) {
        if (error instanceof HelixException.Forbidden) {
            return "not_authorized";
        }
        if (error instanceof HelixException.Conflict) {
            return "conflict";
        }
        String message = Objects.requireNonNullElse(error.twitchMessage(), "");
        return error instanceof HelixException.RateLimited && message.contains("cost") ? "cost" : "failed";
    }

    private void delete(EventSubSubscription subscription, String reason, Tally tally) {
        try {
            helix.deleteEventSubSubscription(subscription.id()).join();
        } catch (CompletionException e) {
            if (HelixException.from(e).filter(h -> h instanceof HelixException.NotFound).isEmpty()) {
                throw e;
            }
        }
        LOG.info("Deleted subscription {} ({} {}): {}", subscription.id(), subscription.type(),
            subscription.condition(), reason);
        metrics.changed("deleted", subscription.type());
        tally.deleted++;
    }

    /** Counts of one reconcile. */
    private static final class Tally {
        private int active;
        private int created;
        private int deleted;
        private int refused;

        ReconcileReport report() {
            return new ReconcileReport(active, created, deleted, refused);
        }
    }

    /** What a reconcile did; {@code active}: wanted subscriptions that exist (enabled or pending) afterwards. */
    public record ReconcileReport(int active, int created, int deleted, int refused) {
    }

    static Set<WantedSubscription> wantedFor(Map<String, WatchedChannel> channels) {
        Set<WantedSubscription> wanted = new LinkedHashSet<>();
        channels.values().forEach(c -> wanted.addAll(SubscriptionPlan.forChannel(c)));
        return wanted;
    }
}
