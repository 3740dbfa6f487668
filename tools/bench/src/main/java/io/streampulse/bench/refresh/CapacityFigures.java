package io.streampulse.bench.refresh;

import io.streampulse.bench.report.Figure;
import io.streampulse.bench.report.Target;
import io.streampulse.bench.stats.Distribution;
import java.util.ArrayList;
import java.util.List;
import java.util.LongSummaryStatistics;

/**
 * The figures of a capacity window and their targets (issue #5). A load that needs at least 95 % of the budget
 * to meet the interval ("saturating", e.g. 80,000 streams at 60 s and 800/min) must show ≥ 99 ids per call,
 * ≥ 95 % of the budget used and p95 staleness ≤ interval + 10 %; a lighter one p95 staleness within 10 % of the
 * interval. 429s stay under 0.1 % of requests in every case. With discovery sweeping too, both together must use
 * ≥ 95 % of the budget and each keeps a share (figures below).
 */
final class CapacityFigures {

    private final RigSettings settings;
    private final int live;
    private final Window window;
    private final Snapshot delta;
    private final Distribution staleness;

    CapacityFigures(RigSettings settings, int live, Window window) {
        this.settings = settings;
        this.live = live;
        this.window = window;
        this.delta = window.delta();
        this.staleness = window.staleness();
    }

    /** Whether refreshing every stream once per interval needs at least 95 % of the budget. */
    boolean saturating() {
        double callsPerMinute = live / 100.0 * 60.0 / settings.interval().toSeconds();
        return callsPerMinute >= 0.95 * settings.rateLimit();
    }

    List<Figure> all() {
        boolean capacity = saturating() && !settings.ingest();
        double minutes = delta.minutes();
        double interval = settings.interval().toSeconds();
        List<Figure> f = new ArrayList<>();
        f.add(Figure.info("live streams in the active set (fed once)", live, "", "simulator ground truth"));
        f.add(Figure.of("mean ids per refresh call", window.observations() / delta.refreshCallsOk(), "ids",
            capacity ? Target.atLeast(99) : null, "observations in the window / refresh's Get Streams calls answered 200 "
                + "(twitch_helix_calls_total of both replicas)"));
        f.add(Figure.info("mean ids per refresh call, service metric", delta.ids() / delta.refreshCalls(), "ids",
            "refresh_ids_per_call sum / count, both replicas"));
        f.add(Figure.of("429 responses, share of Helix requests", percent(delta.sim().rateLimited(),
            delta.sim().requests()), "%", Target.atMost(0.1), "simulator /admin/stats, window"));
        f.add(Figure.of(settings.ingest() ? "budget used, refresh and discovery together" : "budget used",
            percent(delta.sim().points() / minutes, settings.rateLimit()), "%",
            saturating() ? Target.atLeast(95) : null, "points (requests not answered 429) per minute / 800"));
        f.add(Figure.info("Helix requests per minute", delta.sim().requests() / minutes, "", "simulator, window"));
        f.addAll(discovery(minutes));
        f.add(Figure.info("staleness p50", staleness.p50(), "s", "gap between successive observations, window"));
        f.add(Figure.of("staleness p95", staleness.p95(), "s", settings.ingest() ? null
            : capacity ? Target.atMost(interval * 1.1) : Target.within(interval, 0.1), "same"));
        f.add(Figure.info("staleness p99", staleness.p99(), "s", "same"));
        f.add(Figure.info("staleness max", staleness.max(), "s", "same"));
        f.add(Figure.info("staleness gaps measured", staleness.count(), "", "observations in the window"));
        return f;
    }

    /** Below this share of the budget (percent) a side is starving. */
    static final double STARVING_SHARE = 5;

    private List<Figure> discovery(double minutes) {
        if (!settings.ingest()) {
            return List.of();
        }
        double budget = settings.rateLimit() * minutes;
        // Neither starves: each side keeps at least STARVING_SHARE of the budget and discovery completes sweeps.
        return List.of(
            Figure.of("refresh share of the budget", percent(delta.refreshPoints(), budget), "%",
                Target.atLeast(STARVING_SHARE),
                "twitch_budget_points_total (both priorities), refresh replicas / (800 × minutes)"),
            Figure.of("discovery share of the budget", percent(delta.discoveryPoints(), budget), "%",
                Target.atLeast(STARVING_SHARE), "twitch_budget_points_total, ingest-service / (800 × minutes)"),
            Figure.info("discovery sweep pages per minute", delta.sweepPages() / minutes, "",
                "ingest_sweep_pages_total, window"),
            Figure.of("discovery sweep splits completed", delta.splitsCompleted(), "", Target.atLeast(1),
                "ingest_sweep_splits_total{outcome=completed}, window"));
    }

    List<String> notes() {
        List<String> notes = new ArrayList<>();
        notes.add(saturating()
            ? "This load needs at least 95 % of the budget to refresh every stream once per interval (saturating)."
            : "This load needs less than 95 % of the budget: the budget and ids-per-call figures are for information.");
        StringBuilder partitions = new StringBuilder("Staleness p50/p95 per partition (s):");
        for (int p = 0; p < window.byPartition().size(); p++) {
            Distribution d = window.byPartition().get(p);
            partitions.append(String.format(java.util.Locale.ROOT, " %d: %.1f/%.1f", p, d.p50(), d.p95()));
        }
        notes.add(partitions.append('.').toString());
        LongSummaryStatistics slots = window.per10s().stream().mapToLong(Long::longValue).summaryStatistics();
        notes.add(String.format(java.util.Locale.ROOT, "Observations per 10 s slot of the window: min %,d, mean %,.0f, "
            + "max %,d; refresh budget points per replica: %s.", slots.getMin(), slots.getAverage(), slots.getMax(),
            delta.pointsPerReplica()));
        return notes;
    }

    private static double percent(double part, double whole) {
        return whole == 0 ? Double.NaN : Math.round(part / whole * 100_000) / 1000.0;
    }
}
