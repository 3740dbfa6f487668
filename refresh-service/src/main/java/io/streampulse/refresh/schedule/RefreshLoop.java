package io.streampulse.refresh.schedule;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The refresh thread: while a call slot is free (at most {@code maxInFlight}), takes the next batch and
 * hands it to the {@link BatchRefresher}; pauses when nothing is due. The Helix budget paces the calls
 * (each waits for its point inside the client), so a slot frees up at the budget's rate.
 */
public final class RefreshLoop implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RefreshLoop.class);
    private static final Duration ERROR_PAUSE = Duration.ofSeconds(1);

    private final RefreshScheduler scheduler;
    private final BatchRefresher refresher;
    private final RefreshSettings settings;
    private final Semaphore slots;
    private final Thread thread;
    private volatile boolean running = true;

    public RefreshLoop(RefreshScheduler scheduler, BatchRefresher refresher, RefreshSettings settings) {
        this.scheduler = scheduler;
        this.refresher = refresher;
        this.settings = settings;
        this.slots = new Semaphore(settings.maxInFlight());
        this.thread = new Thread(this::run, "refresh-loop");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    private void run() {
        while (running) {
            try {
                slots.acquire();
                dispatchOne();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void dispatchOne() throws InterruptedException {
        Optional<RefreshBatch> batch;
        try {
            batch = scheduler.nextBatch();
        } catch (RuntimeException e) {
            slots.release();
            LOG.warn("Could not take the next refresh batch (retrying in {}): {}", ERROR_PAUSE, e.toString());
            TimeUnit.MILLISECONDS.sleep(ERROR_PAUSE.toMillis());
            return;
        }
        if (batch.isEmpty()) {
            slots.release();
            TimeUnit.MILLISECONDS.sleep(settings.idlePause().toMillis());
            return;
        }
        try {
            refresher.refresh(batch.get()).whenComplete((ok, error) -> slots.release());
        } catch (RuntimeException e) {
            slots.release();
            LOG.warn("Refresh of a batch failed to start: {}", e.toString());
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
