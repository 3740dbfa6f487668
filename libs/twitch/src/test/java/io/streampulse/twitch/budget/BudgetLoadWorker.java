package io.streampulse.twitch.budget;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.streampulse.twitch.TwitchConfig;
import io.streampulse.twitch.helix.HelixClient;
import io.streampulse.twitch.helix.HelixPage;
import io.streampulse.twitch.helix.HelixStream;
import io.streampulse.twitch.helix.StreamsQuery;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One "service process" for the shared-budget tests: a HelixClient on a {@link RedisRateBudget} asking
 * Helix as fast as the budget lets it, half of its loops as REFRESH (Get Streams by 100 user ids), half
 * as DISCOVERY (sweep pages). Prints {@code PROGRESS} lines every 10 s and one {@code RESULT} line:
 * {@code RESULT name=<n> refresh=<ok> discovery=<ok> rate_limited=<429s> failures=<n>}.
 *
 * <p>Usage: {@code BudgetLoadWorker <name> <helixUrl> <authUrl> <redisUri> <keyPrefix> <limit> <seconds> <loops>}
 */
public final class BudgetLoadWorker {

    private final String name;
    private final HelixClient helix;
    private final RateBudget budget;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Map<Priority, AtomicLong> ok = new EnumMap<>(Map.of(Priority.REFRESH, new AtomicLong(),
            Priority.DISCOVERY, new AtomicLong()));
    private final AtomicLong failures = new AtomicLong();
    private final AtomicReference<String> cursor = new AtomicReference<>();
    private volatile List<String> refreshIds = List.of();

    BudgetLoadWorker(String name, TwitchConfig config, String redisUri, String keyPrefix, int limit) {
        this.name = name;
        this.budget = RedisRateBudget.create(redisUri, BudgetSettings.defaults(config.clientId())
                .withLimitPerMinute(limit).withKeyPrefix(keyPrefix), meters);
        this.helix = HelixClient.builder(config).budget(budget).meterRegistry(meters).build();
    }

    public static void main(String[] args) {
        TwitchConfig config = TwitchConfig.of(args[1], args[2], TwitchConfig.DEFAULT_CLIENT_ID,
                TwitchConfig.DEFAULT_CLIENT_SECRET);
        BudgetLoadWorker worker = new BudgetLoadWorker(args[0], config, args[3], args[4], Integer.parseInt(args[5]));
        worker.run(Long.parseLong(args[6]) * 1000, Integer.parseInt(args[7]));
        System.exit(0);
    }

    void run(long millis, int loops) {
        long deadline = System.currentTimeMillis() + millis;
        HelixPage<HelixStream> first = helix.getStreams(StreamsQuery.sweep()).join();
        refreshIds = first.data().stream().map(HelixStream::userId).toList();
        cursor.set(first.cursor());
        CompletableFuture<?>[] running = new CompletableFuture<?>[loops];
        for (int i = 0; i < loops; i++) {
            Priority priority = i % 2 == 0 ? Priority.REFRESH : Priority.DISCOVERY;
            running[i] = new CompletableFuture<Void>();
            loop(priority, deadline, (CompletableFuture<Void>) running[i]);
        }
        CompletableFuture<Void> all = CompletableFuture.allOf(running);
        while (!all.isDone()) {
            try {
                all.get(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                System.out.println("PROGRESS " + summary());
            } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }
        System.out.println("RESULT " + summary());
        helix.close();
        budget.close();
    }

    private void loop(Priority priority, long deadline, CompletableFuture<Void> done) {
        if (System.currentTimeMillis() >= deadline) {
            done.complete(null);
            return;
        }
        call(priority).whenComplete((page, error) -> {
            if (error != null) {
                failures.incrementAndGet();
            } else {
                ok.get(priority).incrementAndGet();
            }
            loop(priority, deadline, done);
        });
    }

    private CompletableFuture<HelixPage<HelixStream>> call(Priority priority) {
        HelixClient client = helix.withPriority(priority);
        if (priority == Priority.REFRESH && !refreshIds.isEmpty()) {
            return client.getStreams(StreamsQuery.byUserIds(refreshIds));
        }
        String after = cursor.get();
        return client.getStreams(after == null ? StreamsQuery.sweep() : StreamsQuery.sweep().withAfter(after))
                .thenApply(page -> {
                    cursor.set(page.cursor());
                    return page;
                });
    }

    private String summary() {
        double rateLimited = meters.find("twitch.helix.429").counters().stream().mapToDouble(Counter::count).sum();
        return "name=" + name + " refresh=" + ok.get(Priority.REFRESH).get() + " discovery="
                + ok.get(Priority.DISCOVERY).get() + " rate_limited=" + (long) rateLimited + " failures="
                + failures.get();
    }
}
