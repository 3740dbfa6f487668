package io.streampulse.twitch.budget;

import io.micrometer.core.instrument.MeterRegistry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The waiting room in front of a {@link BucketStore}: one look at the store at a time per process,
 * REFRESH before DISCOVERY, FIFO within a priority. When the head cannot be served it sleeps for the
 * store's estimate (capped by maxSleep, plus a little jitter so replicas do not move in lock step);
 * a new arrival wakes it at once so a REFRESH never waits behind a sleeping DISCOVERY.
 */
final class QueuedRateBudget implements RateBudget {

    private static final long MIN_BLOCK_MILLIS = 500;

    private final BucketStore store;
    private final BudgetSettings settings;
    private final Clock clock;
    private final BudgetMetrics metrics;
    private final ScheduledExecutorService pumpThread;
    private final Deque<Waiter> refresh = new ArrayDeque<>();
    private final Deque<Waiter> discovery = new ArrayDeque<>();
    private boolean lookInFlight;
    private boolean arrivedDuringLook;
    private ScheduledFuture<?> sleeping;
    private boolean closed;

    QueuedRateBudget(BucketStore store, BudgetSettings settings, MeterRegistry registry, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.metrics = new BudgetMetrics(registry, settings.clientId(), this::queued);
        this.pumpThread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "twitch-budget-" + settings.clientId());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public CompletableFuture<Void> acquire(int points, Priority priority) {
        Objects.requireNonNull(priority, "priority");
        if (points < 1 || points > settings.limitPerMinute()) {
            throw new IllegalArgumentException("points must be in [1, " + settings.limitPerMinute() + "]: " + points);
        }
        Waiter waiter = new Waiter(points, priority, System.nanoTime(), new CompletableFuture<>());
        synchronized (this) {
            if (closed) {
                return CompletableFuture.failedFuture(new IllegalStateException("rate budget closed"));
            }
            (priority == Priority.REFRESH ? refresh : discovery).addLast(waiter);
            if (lookInFlight) {
                arrivedDuringLook = true;
            } else {
                wakeNow();
            }
        }
        return waiter.future;
    }

    @Override
    public CompletableFuture<Void> observe(RateLimitHeaders headers) {
        metrics.twitchRemaining(headers.remaining());
        return store.correct(headers.remaining(), headers.limit())
                .thenAccept(s -> metrics.localRemaining(s.tokens()));
    }

    @Override
    public CompletableFuture<Void> blockUntil(Instant reset) {
        long waitMillis = Math.max(MIN_BLOCK_MILLIS, reset.toEpochMilli() - clock.millis());
        metrics.blocked();
        return store.block(waitMillis).thenAccept(s -> metrics.localRemaining(s.tokens()));
    }

    @Override
    public CompletableFuture<BudgetSnapshot> snapshot() {
        return store.snapshot();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            IllegalStateException reason = new IllegalStateException("rate budget closed");
            refresh.forEach(w -> w.future.completeExceptionally(reason));
            discovery.forEach(w -> w.future.completeExceptionally(reason));
            refresh.clear();
            discovery.clear();
        }
        pumpThread.shutdownNow();
        store.close();
    }

    private synchronized int queued(Priority priority) {
        return (priority == Priority.REFRESH ? refresh : discovery).size();
    }

    private void look() {
        Waiter head;
        long floor;
        synchronized (this) {
            sleeping = null;
            if (closed || lookInFlight) {
                return;
            }
            head = nextWaiter();
            if (head == null) {
                return;
            }
            lookInFlight = true;
            floor = servedLikeRefresh(head) ? 0 : settings.discoveryReserve();
        }
        store.tryTake(head.points, floor).whenComplete((decision, error) -> afterLook(head, decision, error));
    }

    private void afterLook(Waiter head, BucketStore.TakeDecision decision, Throwable error) {
        long delayMillis = 0;
        synchronized (this) {
            lookInFlight = false;
            if (closed) {
                return;
            }
            if (error != null || decision.granted()) {
                remove(head);
            } else if (!arrivedDuringLook) {
                head.hadToWait = true;
                delayMillis = Math.min(decision.waitMillis(), settings.maxSleep().toMillis())
                        + ThreadLocalRandom.current().nextLong(1, 16);
            } else {
                head.hadToWait = true; // look again at once: the newcomer may be a REFRESH that can be served
            }
            arrivedDuringLook = false;
            if (!refresh.isEmpty() || !discovery.isEmpty()) {
                sleeping = pumpThread.schedule(this::look, delayMillis, TimeUnit.MILLISECONDS);
            }
        }
        if (error != null) {
            head.future.completeExceptionally(error);
        } else {
            metrics.localRemaining(decision.tokens());
            if (decision.granted()) {
                metrics.granted(head.priority, head.points, Duration.ofNanos(System.nanoTime() - head.enqueuedNanos),
                        head.hadToWait);
                head.future.complete(null);
            }
        }
    }

    /** Overdue discovery first, then refresh, then discovery; withdrawn (cancelled) requests are dropped. */
    private Waiter nextWaiter() {
        dropWithdrawn(refresh);
        dropWithdrawn(discovery);
        Waiter d = discovery.peekFirst();
        if (d != null && servedLikeRefresh(d)) {
            return d;
        }
        Waiter r = refresh.peekFirst();
        return r != null ? r : d;
    }

    private boolean servedLikeRefresh(Waiter w) {
        return w.priority == Priority.REFRESH
                || System.nanoTime() - w.enqueuedNanos >= settings.discoveryMaxWait().toNanos();
    }

    private void wakeNow() {
        if (sleeping != null) {
            sleeping.cancel(false);
        }
        sleeping = pumpThread.schedule(this::look, 0, TimeUnit.MILLISECONDS);
    }

    private void remove(Waiter w) {
        (w.priority == Priority.REFRESH ? refresh : discovery).remove(w);
    }

    private static void dropWithdrawn(Deque<Waiter> queue) {
        queue.removeIf(w -> w.future.isDone());
    }

    private static final class Waiter {
        final int points;
        final Priority priority;
        final long enqueuedNanos;
        final CompletableFuture<Void> future;
        boolean hadToWait;

        Waiter(int points, Priority priority, long enqueuedNanos, CompletableFuture<Void> future) {
            this.points = points;
            this.priority = priority;
            this.enqueuedNanos = enqueuedNanos;
            this.future = future;
        }
    }
}
