package io.streampulse.ingest.sweep;

import io.streampulse.ingest.discovery.StreamDiscoveries;
import io.streampulse.ingest.discovery.StreamsPager;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sweep cycle as seen by one replica: plan the splits (the same plan on every replica), then take every split
 * nobody holds or finished in this cycle, starting at a random split so replicas spread out, sweep it under a
 * renewed lease, and mark it done. A replica that dies loses its lease when it expires and another one sweeps the
 * split at its next poll.
 */
public final class DiscoverySweep {

    private static final Logger LOG = LoggerFactory.getLogger(DiscoverySweep.class);

    private final SweepSettings settings;
    private final SplitLeases leases;
    private final LanguageStatsStore languageStats;
    private final SplitSweeper sweeper;
    private final SweepMetrics metrics;

    public DiscoverySweep(SweepSettings settings, SplitLeases leases, LanguageStatsStore languageStats,
                          StreamsPager pager, StreamDiscoveries discoveries, SweepMetrics metrics) {
        this.settings = settings;
        this.leases = leases;
        this.languageStats = languageStats;
        this.sweeper = new SplitSweeper(pager, discoveries, metrics, settings.maxPagesPerSplit(),
            settings.maxCursorRestarts());
        this.metrics = metrics;
    }

    public SweepSettings settings() {
        return settings;
    }

    /** Sweeps what is left of cycle {@code cycle}; returns quickly once every split of it is done or held. */
    public SweepReport runCycle(String cycle) {
        List<SweepSplit> splits = SplitPlanner.plan(settings, languageStats.load());
        SweepReport report = SweepReport.empty(splits.size());
        int start = splits.isEmpty() ? 0 : ThreadLocalRandom.current().nextInt(splits.size());
        for (int i = 0; i < splits.size(); i++) {
            SweepSplit split = splits.get((start + i) % splits.size());
            if (leases.tryAcquire(cycle, split.id())) {
                report = sweepHeld(cycle, split, report);
            }
        }
        if (report.swept() > 0) {
            metrics.cycle();
            LOG.info("Sweep cycle {}: {} of {} splits here, {} pages, {} streams, {} repeats, {} cursor restarts, "
                    + "{} new", cycle, report.swept(), report.splits(), report.pages(), report.streams(),
                report.duplicates(), report.cursorRestarts(), report.published());
        }
        return report;
    }

    private SweepReport sweepHeld(String cycle, SweepSplit split, SweepReport report) {
        try {
            SplitResult result = sweeper.sweep(split, () -> leases.renew(cycle, split.id()));
            if (result.leaseLost()) {
                metrics.split("lease_lost");
                return report.plusFailure();
            }
            leases.complete(cycle, split.id());
            metrics.split("completed");
            if (split.isWholeLanguage()) {
                languageStats.save(split.languages().get(0), statsOf(result));
            }
            return report.plus(result);
        } catch (RuntimeException e) {
            LOG.warn("Sweep of split {} in cycle {} failed, released for another try: {}", split.id(), cycle,
                e.toString());
            metrics.split("failed");
            leases.release(cycle, split.id());
            return report.plusFailure();
        }
    }

    private LanguageStats statsOf(SplitResult result) {
        List<String> bigGames = result.streamsPerGame().entrySet().stream()
            .filter(e -> !e.getKey().isEmpty() && e.getValue() >= settings.refineMinGameStreams())
            .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
            .limit(settings.refineGames()).map(Map.Entry::getKey).toList();
        return new LanguageStats(result.streams(), bigGames);
    }
}
