package io.streampulse.localstack.process;

import io.streampulse.localstack.Console;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Owns everything the stack started and stops it in dependency order: services first (they still flush to
 * Kafka, PostgreSQL and Redis while stopping), then the simulator, then the broker, then embedded stores.
 * Within a tier, everything stops in parallel. Once stopping, nothing new may be registered: a late starter
 * is stopped at once, so a Ctrl-C during start-up leaves nothing behind.
 */
public final class Supervisor {

    /** In stop order. */
    public enum Tier { SERVICES, SIMULATOR, BROKER, STORES }

    /** Something the stack started and must stop. */
    public interface Stoppable {
        String name();

        void stop();
    }

    /** Thrown to a starter that registers after stopping began. */
    public static final class StackStopping extends RuntimeException {
        StackStopping(String name) {
            super("the local stack is stopping; " + name + " was stopped at once");
        }
    }

    private final Console console;
    private final Map<Tier, List<Stoppable>> started = new EnumMap<>(Tier.class);
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private boolean stopping;

    public Supervisor(Console console) {
        this.console = console;
        for (Tier tier : Tier.values()) {
            started.put(tier, new ArrayList<>());
        }
    }

    public void register(Tier tier, Stoppable stoppable) {
        synchronized (this) {
            if (!stopping) {
                started.get(tier).add(stoppable);
                return;
            }
        }
        stoppable.stop();
        throw new StackStopping(stoppable.name());
    }

    /** Registers a child process, stopped with SIGTERM and then SIGKILL after {@code grace}. */
    public ChildProcess adopt(Tier tier, ChildProcess child, Duration grace) {
        register(tier, new Stoppable() {
            @Override
            public String name() {
                return child.name();
            }

            @Override
            public void stop() {
                child.stop(grace);
            }
        });
        return child;
    }

    public synchronized boolean stopping() {
        return stopping;
    }

    /** Stops everything once; a second caller waits until the first is done. */
    public void stopAll() {
        Map<Tier, List<Stoppable>> toStop = new EnumMap<>(Tier.class);
        synchronized (this) {
            if (stopping) {
                stopped.join();
                return;
            }
            stopping = true;
            started.forEach((tier, list) -> toStop.put(tier, List.copyOf(list)));
        }
        long begin = System.nanoTime();
        toStop.forEach(this::stopTier);
        console.step("stopped everything in " + Console.seconds(Duration.ofNanos(System.nanoTime() - begin)));
        stopped.complete(null);
    }

    private void stopTier(Tier tier, List<Stoppable> stoppables) {
        if (stoppables.isEmpty()) {
            return;
        }
        console.step("stopping " + stoppables.stream().map(Stoppable::name).collect(Collectors.joining(", ")));
        List<Thread> threads = stoppables.stream().map(s -> new Thread(() -> stopQuietly(s), "stop-" + s.name())).toList();
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void stopQuietly(Stoppable stoppable) {
        try {
            stoppable.stop();
        } catch (RuntimeException e) {
            console.step("could not stop " + stoppable.name() + ": " + e.getMessage());
        }
    }
}
