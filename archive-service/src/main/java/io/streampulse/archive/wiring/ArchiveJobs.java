package io.streampulse.archive.wiring;

import io.micronaut.context.annotation.Property;
import io.micronaut.scheduling.annotation.Scheduled;
import io.streampulse.archive.export.DailyExport;
import io.streampulse.archive.export.ExportManifest;
import io.streampulse.archive.kafka.ArchiveMetrics;
import io.streampulse.archive.outbox.OutboxRelay;
import io.streampulse.archive.retention.RetentionJob;
import io.streampulse.archive.retention.RetentionReport;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduled work: relaying the outbox to twitch.streams.ended.v1, applying retention (and creating snapshot
 * partitions ahead), and the daily export. A failed run is logged and tried again at the next tick.
 */
@Singleton
class ArchiveJobs {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveJobs.class);

    private final OutboxRelay relay;
    private final RetentionJob retention;
    private final DailyExport export;
    private final ArchiveMetrics metrics;
    private final Clock clock;
    private final boolean exportEnabled;
    private final int exportCatchUpDays;

    ArchiveJobs(OutboxRelay relay, RetentionJob retention, DailyExport export, ArchiveMetrics metrics, Clock clock,
                @Property(name = "archive.export.enabled") boolean exportEnabled,
                @Property(name = "archive.export.catch-up-days") int exportCatchUpDays) {
        this.relay = relay;
        this.retention = retention;
        this.export = export;
        this.metrics = metrics;
        this.clock = clock;
        this.exportEnabled = exportEnabled;
        this.exportCatchUpDays = exportCatchUpDays;
    }

    @Scheduled(fixedDelay = "${archive.outbox.relay-interval}", initialDelay = "${archive.outbox.relay-interval}")
    void relayOutbox() {
        try {
            metrics.outboxSent(relay.relayPending());
        } catch (Exception e) {
            LOG.warn("Outbox relay failed, retrying at the next tick: {}", e.toString());
        }
    }

    @Scheduled(fixedDelay = "${archive.retention.interval}", initialDelay = "${archive.retention.initial-delay}")
    void applyRetention() {
        try {
            RetentionReport report = retention.run();
            LOG.info("Retention: {} channel events deleted, snapshot days dropped {}, {} outbox records purged,"
                + " {} revocations forgotten", report.channelEventsDeleted(), report.snapshotDaysDropped(),
                report.outboxPurged(), report.revocationsForgotten());
        } catch (Exception e) {
            LOG.warn("Retention failed, retrying at the next run: {}", e.toString());
        }
    }

    @Scheduled(cron = "${archive.export.cron}", zoneId = "UTC")
    void exportYesterday() {
        if (!exportEnabled) {
            return;
        }
        LocalDate yesterday = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(1);
        try {
            List<ExportManifest> manifests = export.exportRecent(yesterday, exportCatchUpDays);
            manifests.forEach(m -> LOG.info("Exported {}: {}", m.day(), m.files()));
        } catch (Exception e) {
            LOG.error("Export of {} failed: {}", yesterday, e.toString());
        }
    }
}
