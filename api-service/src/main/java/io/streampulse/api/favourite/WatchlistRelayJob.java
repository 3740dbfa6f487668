package io.streampulse.api.favourite;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.Scheduled;
import io.streampulse.runtime.error.Errors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link WatchlistRelay}: right after a change committed on this replica ({@link #nudge()}), and every
 * {@code streampulse.api.watchlist.relay-interval} for changes whose publication failed or was left to this replica. Runs never
 * overlap; nudges arriving during a run cause one more run.
 */
@Singleton
public class WatchlistRelayJob {

    private static final Logger LOG = LoggerFactory.getLogger(WatchlistRelayJob.class);

    private final WatchlistRelay relay;
    private final ExecutorService executor;
    private final AtomicBoolean queued = new AtomicBoolean();

    WatchlistRelayJob(WatchlistRelay relay, @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.relay = relay;
        this.executor = executor;
    }

    /** Publish soon: a change was committed. */
    public void nudge() {
        if (queued.compareAndSet(false, true)) {
            executor.execute(() -> {
                queued.set(false);
                run();
            });
        }
    }

    @Scheduled(fixedDelay = "${streampulse.api.watchlist.relay-interval}", initialDelay = "${streampulse.api.watchlist.relay-interval}")
    void periodically() {
        run();
    }

    private synchronized void run() {
        try {
            while (relay.publishPending() > 0) {
                LOG.debug("Published watchlist changes");
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Watchlist relay failed, retried in a moment: {}", Errors.rootCause(e));
        }
    }
}
