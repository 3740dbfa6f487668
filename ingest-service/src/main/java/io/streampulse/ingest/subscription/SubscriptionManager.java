package io.streampulse.ingest.subscription;

import io.streampulse.ingest.eventsub.RevocationListener;
import io.streampulse.ingest.subscription.SubscriptionReconciler.ReconcileReport;
import io.streampulse.twitch.eventsub.EventSubSubscription;
import io.streampulse.twitch.helix.EventSubFilter;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the EventSub subscriptions following the watchlist, on one worker thread so reconciles never overlap: a full
 * reconcile when partitions finish loading and periodically, a one-channel reconcile when a channel's watchlist
 * record changes or one of its subscriptions is revoked. Requests arriving while one runs are coalesced.
 */
public final class SubscriptionManager implements RevocationListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionManager.class);

    private final Watchlist watchlist;
    private final SubscriptionReconciler reconciler;
    private final String clientId;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "ingest-subscriptions");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<String> pendingChannels = new LinkedHashSet<>();
    private final AtomicBoolean fullPending = new AtomicBoolean();

    public SubscriptionManager(Watchlist watchlist, SubscriptionReconciler reconciler, String clientId) {
        this.watchlist = watchlist;
        this.reconciler = reconciler;
        this.clientId = clientId;
    }

    /** Reconciles every owned channel and the app-wide subscription. */
    public Future<?> reconcileAll() {
        fullPending.set(true);
        return worker.submit(this::drain);
    }

    /** Reconciles one channel (its watchlist record changed). */
    public Future<?> channelChanged(String broadcasterId) {
        synchronized (pendingChannels) {
            pendingChannels.add(broadcasterId);
        }
        return worker.submit(this::drain);
    }

    @Override
    public void revoked(EventSubSubscription subscription) {
        String channel = WantedSubscription.of(subscription).channel();
        Watchlist.Snapshot owned = watchlist.snapshot();
        if (channel == null && owned.ownsApp()) {
            reconcileAll();
        } else if (channel != null && owned.owns(channel)) {
            channelChanged(channel);
        }
    }

    private void drain() {
        try {
            if (fullPending.getAndSet(false)) {
                synchronized (pendingChannels) {
                    pendingChannels.clear();
                }
                Watchlist.Snapshot owned = watchlist.snapshot();
                ReconcileReport report = reconciler.reconcile(EventSubFilter.none(), wantedAll(owned),
                    key -> key.channel() == null ? owned.ownsApp() : owned.owns(key.channel()));
                LOG.info("Reconciled subscriptions of {} watched channels: {}", owned.channels().size(), report);
            }
            for (String channel = nextChannel(); channel != null; channel = nextChannel()) {
                reconcileChannel(channel);
            }
        } catch (RuntimeException e) {
            LOG.warn("Subscription reconcile failed, retried at the next one: {}", e.toString());
        }
    }

    private void reconcileChannel(String channel) {
        Watchlist.Snapshot owned = watchlist.snapshot();
        if (!owned.owns(channel)) {
            return;
        }
        WatchedChannel watched = owned.channels().get(channel);
        Set<WantedSubscription> wanted = watched == null ? Set.of()
            : new LinkedHashSet<>(SubscriptionPlan.forChannel(watched));
        ReconcileReport report = reconciler.reconcile(EventSubFilter.userId(channel), wanted,
            key -> channel.equals(key.channel()));
        LOG.debug("Reconciled subscriptions of {}: {}", channel, report);
    }

    /** Every owned channel's subscriptions, and the app's when this replica owns it. */
    private Set<WantedSubscription> wantedAll(Watchlist.Snapshot owned) {
        Set<WantedSubscription> wanted = SubscriptionReconciler.wantedFor(owned.channels());
        if (owned.ownsApp()) {
            wanted.add(SubscriptionPlan.authorizationRevoke(clientId));
        }
        return wanted;
    }

    private String nextChannel() {
        synchronized (pendingChannels) {
            var it = pendingChannels.iterator();
            if (!it.hasNext()) {
                return null;
            }
            String next = it.next();
            it.remove();
            return next;
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
