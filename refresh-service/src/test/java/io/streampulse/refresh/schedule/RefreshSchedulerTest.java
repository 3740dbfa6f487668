package io.streampulse.refresh.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.streampulse.refresh.active.ActiveStream;
import io.streampulse.refresh.active.InMemoryActiveSetStore;
import io.streampulse.refresh.active.OwnedPartitions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Batch selection: stalest first, full batches of 100, partial only when fewer are due, even ageing. */
class RefreshSchedulerTest {

    private static final Instant START = Instant.parse("2026-03-02T12:00:00Z");
    private static final RefreshSettings SETTINGS = new RefreshSettings(Duration.ofSeconds(60), Duration.ofSeconds(5),
        100, 8, Duration.ofMillis(100), Duration.ofSeconds(20), Duration.ofSeconds(6));

    private final MutableClock clock = new MutableClock(START);
    private final InMemoryActiveSetStore store = new InMemoryActiveSetStore();
    private final OwnedPartitions owned = new OwnedPartitions();
    private final RefreshScheduler scheduler = new RefreshScheduler(store, owned, SETTINGS, clock);

    @Test
    void takesTheHundredStalestAcrossOwnedPartitions() {
        // Given 250 due streams over two owned partitions, refreshed 61..310 s ago, and one of a partition not owned
        owned.assigned(List.of(0, 1));
        for (int i = 0; i < 250; i++) {
            store.add(i % 2, "b" + i, "s" + i, ago(61 + i));
        }
        store.add(2, "not-mine", "s", ago(1000));

        // When the next batch is taken
        RefreshBatch batch = scheduler.nextBatch().orElseThrow();

        // Then it holds exactly the 100 stalest (b249 down to b150), claimed now: in flight, due again in 20 s
        List<String> expected = IntStream.iterate(249, i -> i - 1).limit(100).mapToObj(i -> "b" + i).toList();
        assertThat(batch.broadcasterIds()).isEqualTo(expected);
        assertThat(batch.claimedAtMillis()).isEqualTo(START.toEpochMilli());
        assertThat(store.lastRefresh(1, "b249")).isEqualTo(START.toEpochMilli() - 60_000 + 20_000);
    }

    @Test
    void streamsClaimedByAReplicaThatDiedAreDueAgainOneClaimTimeoutLater() {
        // Given 100 due streams claimed by a replica that then died (its call never recorded them)
        owned.assigned(List.of(0));
        IntStream.range(0, 100).forEach(i -> store.add(0, "b" + i, "s", ago(61)));
        List<String> claimed = scheduler.nextBatch().orElseThrow().broadcasterIds();

        // When the new owner looks 14 s later (still claimed), then 20 s after the claim
        clock.advance(Duration.ofSeconds(14));
        Optional<RefreshBatch> tooEarly = scheduler.nextBatch();
        clock.advance(Duration.ofSeconds(6));
        Optional<RefreshBatch> afterTimeout = scheduler.nextBatch();

        // Then nobody takes them while the claim holds, and the same 100 are taken once it expired
        assertThat(tooEarly).isEmpty();
        assertThat(afterTimeout.orElseThrow().broadcasterIds()).containsExactlyInAnyOrderElementsOf(claimed);
    }

    @Test
    void aClaimTimeoutOutsideDueSoonToIntervalIsRefused() {
        assertThatThrownBy(() -> new RefreshSettings(Duration.ofSeconds(5), Duration.ofSeconds(1), 100, 8,
            Duration.ofMillis(100), Duration.ofSeconds(20), Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RefreshSettings(Duration.ofSeconds(60), Duration.ofSeconds(5), 100, 8,
            Duration.ofMillis(100), Duration.ofSeconds(5), Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBatchOverdueByMoreThanTheYieldIsUrgentOtherwiseItYieldsToDiscovery() {
        // Given 100 streams overdue by 5 s in partition 0 and 100 overdue by 7 s in partition 1
        IntStream.range(0, 100).forEach(i -> store.add(0, "a" + i, "s", ago(65)));
        IntStream.range(0, 100).forEach(i -> store.add(1, "b" + i, "s", ago(67)));

        // When a batch is taken from each (6 s of yield)
        owned.assigned(List.of(0));
        RefreshBatch slightlyOverdue = scheduler.nextBatch().orElseThrow();
        owned.revoked(List.of(0));
        owned.assigned(List.of(1));
        RefreshBatch wellOverdue = scheduler.nextBatch().orElseThrow();

        // Then the first leaves the budget's reserve to discovery, the second asks first
        assertThat(List.of(slightlyOverdue.urgent(), wellOverdue.urgent())).containsExactly(false, true);
    }

    @Test
    void aStreamNeverRefreshedMakesItsBatchUrgent() {
        // Given a stream that went online (never refreshed) among streams not overdue at all
        owned.assigned(List.of(0));
        store.add(0, "online", "s", ActiveStream.NEVER);
        IntStream.range(0, 50).forEach(i -> store.add(0, "soon" + i, "s", ago(58)));

        // When a batch is taken / Then it is urgent and holds all 51
        RefreshBatch batch = scheduler.nextBatch().orElseThrow();
        assertThat(batch.urgent()).isTrue();
        assertThat(batch.streams()).hasSize(51);
    }

    @Test
    void twoTakesNeverShareAStream() {
        // Given 150 due streams
        owned.assigned(List.of(0));
        IntStream.range(0, 150).forEach(i -> store.add(0, "b" + i, "s", ago(120)));

        // When two batches are taken one after the other at the same instant
        List<String> first = scheduler.nextBatch().orElseThrow().broadcasterIds();
        List<String> second = scheduler.nextBatch().orElseThrow().broadcasterIds();

        // Then they are 100 and the remaining 50, disjoint
        assertThat(first).hasSize(100);
        assertThat(second).hasSize(50).doesNotContainAnyElementsOf(first);
        assertThat(scheduler.nextBatch()).isEmpty();
    }

    @Test
    void partialBatchOnlyWhenFewerAreDueOrDueSoon() {
        // Given 30 due streams, 20 due within the due-soon window and 500 not due for a while
        owned.assigned(List.of(0));
        IntStream.range(0, 30).forEach(i -> store.add(0, "due" + i, "s", ago(70)));
        IntStream.range(0, 20).forEach(i -> store.add(0, "soon" + i, "s", ago(57)));
        IntStream.range(0, 500).forEach(i -> store.add(0, "later" + i, "s", ago(10)));

        // When a batch is taken
        RefreshBatch batch = scheduler.nextBatch().orElseThrow();

        // Then it holds the 30 due and the 20 due soon, nothing more
        assertThat(batch.broadcasterIds()).hasSize(50).allMatch(id -> id.startsWith("due") || id.startsWith("soon"));
    }

    @Test
    void dueSoonStreamsFillABatchThatDueOnesCannot() {
        // Given 40 due streams and 300 due soon (refreshed 55..57 s ago)
        owned.assigned(List.of(0));
        IntStream.range(0, 40).forEach(i -> store.add(0, "due" + i, "s", ago(61)));
        IntStream.range(0, 300).forEach(i -> store.add(0, "soon" + i, "s", ago(55 + i % 3)));

        // When a batch is taken
        List<ActiveStream> taken = claimedWithPreviousTimes();

        // Then it is full: the 40 due, then the 60 stalest of the due-soon ones (refreshed 57 s ago)
        assertThat(taken).hasSize(100);
        assertThat(taken.subList(0, 40)).allMatch(s -> s.broadcasterId().startsWith("due"));
        assertThat(taken.subList(40, 100)).allMatch(s -> s.lastRefreshMillis() == ago(57));
    }

    @Test
    void nothingIsTakenWhileNoStreamIsDue() {
        // Given 500 streams due soon but none due yet, and a partition not owned with due streams
        owned.assigned(List.of(0));
        IntStream.range(0, 500).forEach(i -> store.add(0, "soon" + i, "s", ago(58)));
        store.add(3, "other", "s", ago(600));

        // When a batch is asked for
        Optional<RefreshBatch> batch = scheduler.nextBatch();

        // Then there is none
        assertThat(batch).isEmpty();
    }

    @Test
    void underAnInsufficientBudgetEveryStreamAgesEvenly() {
        // Given 3,000 streams with scattered refresh times and a budget of one call every 4 s (needs one per 2 s)
        owned.assigned(List.of(0, 1, 2));
        for (int i = 0; i < 3000; i++) {
            store.add(i % 3, "b" + i, "s", ago((i * 7919L) % 60));
        }

        // When 1,800 s are simulated, each call refreshing its batch at once
        Map<String, List<Long>> agesAtRefresh = new HashMap<>();
        for (int second = 0; second < 1800; second++) {
            clock.advance(Duration.ofSeconds(1));
            if (second % 4 == 0) {
                refreshNextBatch(agesAtRefresh);
            }
        }

        // Then every call was full and, after the first cycle, every stream was refreshed at (almost) the same age:
        // 3,000 streams / 100 per call * 4 s = 120 s, give or take one call period
        List<Long> steadyAges = new ArrayList<>();
        agesAtRefresh.values().forEach(ages -> steadyAges.addAll(ages.subList(Math.min(2, ages.size()), ages.size())));
        assertThat(agesAtRefresh).hasSize(3000);
        long min = steadyAges.stream().mapToLong(Long::longValue).min().orElseThrow();
        long max = steadyAges.stream().mapToLong(Long::longValue).max().orElseThrow();
        assertThat(min).isGreaterThanOrEqualTo(116_000);
        assertThat(max).isLessThanOrEqualTo(124_000);
    }

    private void refreshNextBatch(Map<String, List<Long>> agesAtRefresh) {
        long now = clock.millis();
        List<ActiveStream> taken = claimedWithPreviousTimes();
        assertThat(taken).hasSize(100);
        Map<Integer, Map<String, String>> observed = new HashMap<>();
        for (ActiveStream s : taken) {
            agesAtRefresh.computeIfAbsent(s.broadcasterId(), k -> new ArrayList<>()).add(now - s.lastRefreshMillis());
            observed.computeIfAbsent(s.partition(), p -> new HashMap<>()).put(s.broadcasterId(), "s");
        }
        observed.forEach((p, ids) -> store.recordObserved(p, now, ids));
    }

    private List<ActiveStream> claimedWithPreviousTimes() {
        return scheduler.nextBatch().map(RefreshBatch::streams).orElse(List.of());
    }

    private long ago(long seconds) {
        return clock.millis() - seconds * 1000;
    }
}
